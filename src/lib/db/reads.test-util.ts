/** Test set-up: a Dexie middleware that tells how one table is read. */
import type { DBCore, DBCoreQuery, DBCoreTable } from 'dexie';

let recorders = 0;

/**
 * Calls `onRead` for each read of `tableName` the database is asked: a query
 * (getAll, count) or a cursor opened, with what it asks for. Add it with
 * `db.use()` before the database opens, remove it with `db.unuse()`.
 */
export function readRecorder(
	tableName: string,
	onRead: (method: 'query' | 'openCursor', query: DBCoreQuery) => void
) {
	return {
		stack: 'dbcore' as const,
		// a name of its own: Dexie keeps one middleware per name
		name: `test-read-recorder-${++recorders}`,
		create: (down: DBCore): DBCore => ({
			...down,
			table(name: string): DBCoreTable {
				const table = down.table(name);
				if (name !== tableName) return table;
				return {
					...table,
					query(req) {
						onRead('query', req.query);
						return table.query(req);
					},
					openCursor(req) {
						onRead('openCursor', req.query);
						return table.openCursor(req);
					}
				};
			}
		})
	};
}
