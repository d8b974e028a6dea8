import { Dexie, type PromiseExtended, type Table } from 'dexie';
import { db } from './db';

/**
 * The rows of `table` for each of `ids`, in their order, where the table's
 * primary key begins with the assessment id (answers, respondents' answers):
 * one primary-key range per assessment, each read at once (getAll), in one
 * transaction.
 *
 * Not `where('assessmentId').anyOf(ids)`: Dexie reads that with a cursor over
 * the index, one request per row, and in a live query records every primary
 * key the cursor passes, one by one, in a balanced tree. With 50 assessments
 * (2,100 answers) that was about 350 ms of the compare page's load at 4× CPU.
 * A primary-key range is recorded as one range, and a write to any row in it
 * still runs the query again.
 */
export function rowsByAssessment<T, K>(table: Table<T, K>, ids: readonly string[]): Promise<T[][]> {
	return db.transaction('r', table, () => Dexie.Promise.all(ids.map((id) => rowsOf(table, id))));
}

/**
 * The rows of `table` of assessment `id` (its primary key begins with the
 * assessment id), read by a primary-key range: see `rowsByAssessment`. Also
 * the one assessment's answers and team answers (db/assessments.ts
 * loadBundle): read by the `assessmentId` index, a team of 36 respondents'
 * 2,016 answers were 2,016 keys recorded one by one in the team page's live
 * query, about 100 ms of one task at 4× CPU after each import of responses.
 */
export function rowsOf<T, K>(table: Table<T, K>, id: string): PromiseExtended<T[]> {
	return table.where(':id').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
}
