/** Answers: one row per question of an assessment. */
import { Answer, COMMENT_MAX, mergeEvidence, mergeText } from '$lib/domain/assessment';
import type { AnswerValue } from '$lib/domain/framework';
import { db, writable } from './db';
import { ConflictError, ValidationError, guard } from './errors';

export interface AnswerPatch {
	value?: AnswerValue | null;
	comment?: string;
	evidence?: string[];
}

export function listByAssessment(assessmentId: string): Promise<Answer[]> {
	return guard(() => db.answers.where('assessmentId').equals(assessmentId).toArray());
}

/** Answers of several assessments, grouped by assessment id (one query). */
export async function listByAssessments(ids: string[]): Promise<Map<string, Answer[]>> {
	const rows = await guard(() => db.answers.where('assessmentId').anyOf(ids).toArray());
	const out = new Map<string, Answer[]>(ids.map((id) => [id, []]));
	for (const r of rows) out.get(r.assessmentId)?.push(r);
	return out;
}

export function get(assessmentId: string, questionId: string): Promise<Answer | undefined> {
	return guard(() => db.answers.get([assessmentId, questionId]));
}

/**
 * Save part of an answer. The promise resolves only once the transaction has
 * committed. When `expectedRev` is given and the stored answer has moved on
 * (another tab wrote it), nothing is written and a ConflictError carries the
 * stored answer.
 */
export function save(
	assessmentId: string,
	questionId: string,
	patch: AnswerPatch,
	expectedRev?: number
): Promise<Answer> {
	return guard(() =>
		db.transaction('rw', db.assessments, db.answers, async () => {
			const assessment = await db.assessments.get(assessmentId);
			if (!assessment) throw new ValidationError('assessmentId', 'invalid');
			const existing = await db.answers.get([assessmentId, questionId]);
			if (expectedRev !== undefined && (existing?.rev ?? 0) !== expectedRev)
				throw new ConflictError(existing);
			const now = Date.now();
			const answer = Answer.parse({
				assessmentId,
				questionId,
				value: null,
				comment: '',
				evidence: [],
				...existing,
				...patch,
				updatedAt: now,
				rev: (existing?.rev ?? 0) + 1
			});
			await db.answers.put(answer);
			await db.assessments.update(assessmentId, { updatedAt: now });
			return answer;
		})
	);
}

/** What a closing page could not finish: kept in `meta` under this prefix until replayed. */
const JOURNAL_PREFIX = 'unload:';
const JOURNAL_CHANNEL = 'hrc-unload-journal';

/** Which parts of a journalled answer the closing page was still saving. */
export interface Unsaved {
	choice: boolean;
	text: boolean;
}

interface JournalEntry {
	answer: Answer;
	unsaved: Unsaved;
}

/**
 * Write an answer at once, without reading first — for the moment the page is
 * being hidden or closed, when there may be no time for a read-then-write
 * transaction. The IndexedDB request is issued synchronously.
 *
 * The row goes to a journal in the `meta` store, not to `answers`: a save of
 * this page may still be in flight on `answers`, and Chromium drops a
 * transaction that waits behind one the closing page never finished. The
 * journal's transaction waits for nothing. The next window that opens the
 * database, or any open one (told over a BroadcastChannel), moves the entry
 * into `answers` (replayJournal).
 */
export function putNow(answer: Answer, unsaved: Unsaved): boolean {
	const entry: JournalEntry = { answer: Answer.parse(answer), unsaved };
	if (!db.isOpen() || !writable()) return false;
	try {
		const tx = db.backendDB().transaction('meta', 'readwrite', { durability: 'strict' });
		tx.objectStore('meta').put({
			key: `${JOURNAL_PREFIX}${answer.assessmentId}|${answer.questionId}`,
			value: entry
		});
		tx.commit();
		// created after the transaction, so the receivers' reads come after it
		const channel = new BroadcastChannel(JOURNAL_CHANNEL);
		channel.postMessage('journal');
		channel.close();
		return true;
	} catch {
		return false;
	}
}

/**
 * Move what closing pages journalled into `answers`, in one transaction. This
 * is the one place where such a write meets the stored answer. An entry
 * newer than the stored answer replaces it. When the stored answer is as
 * new or newer (the page's own save did commit, or another window saved
 * since), the unsaved parts are laid over it: the choice, and the text merged
 * so that neither version is lost.
 */
export async function replayJournal(): Promise<number> {
	if (!writable()) return 0;
	// nearly always empty: a read-only look, so start-up takes no write lock
	const pending = await guard(() => db.meta.where('key').startsWith(JOURNAL_PREFIX).primaryKeys());
	if (pending.length === 0) return 0;
	return guard(() =>
		db.transaction('rw', db.meta, db.answers, db.assessments, async () => {
			const rows = await db.meta.where('key').startsWith(JOURNAL_PREFIX).toArray();
			let applied = 0;
			for (const row of rows) {
				await db.meta.delete(row.key);
				const parsed = Answer.safeParse((row.value as Partial<JournalEntry> | undefined)?.answer);
				if (!parsed.success) continue;
				const entry = parsed.data;
				const unsaved = (row.value as JournalEntry).unsaved ?? { choice: true, text: true };
				if (!(await db.assessments.get(entry.assessmentId))) continue;
				const stored = await db.answers.get([entry.assessmentId, entry.questionId]);
				const next = mergeJournalled(stored, entry, unsaved);
				if (!next) continue;
				await db.answers.put(next);
				await db.assessments.update(entry.assessmentId, { updatedAt: next.updatedAt });
				applied++;
			}
			return applied;
		})
	);
}

/** The answer to store for a journal entry, or undefined when nothing changes. */
export function mergeJournalled(
	stored: Answer | undefined,
	entry: Answer,
	unsaved: Unsaved
): Answer | undefined {
	if (!stored || stored.rev < entry.rev) return entry;
	const next: Answer = {
		...stored,
		value: unsaved.choice ? entry.value : stored.value,
		comment: unsaved.text
			? mergeText(stored.comment, entry.comment).slice(0, COMMENT_MAX)
			: stored.comment,
		evidence: unsaved.text ? mergeEvidence(stored.evidence, entry.evidence) : stored.evidence
	};
	const same =
		next.value === stored.value &&
		next.comment === stored.comment &&
		next.evidence.join('\n') === stored.evidence.join('\n');
	return same
		? undefined
		: { ...next, updatedAt: Math.max(entry.updatedAt, stored.updatedAt), rev: stored.rev + 1 };
}

/** Replay the journal now and whenever a closing page in another tab adds to it. */
export function watchJournal(): () => void {
	void replayJournal().catch(() => undefined);
	if (typeof BroadcastChannel === 'undefined') return () => undefined;
	const channel = new BroadcastChannel(JOURNAL_CHANNEL);
	channel.onmessage = () => void replayJournal().catch(() => undefined);
	return () => channel.close();
}
