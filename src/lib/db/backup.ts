/**
 * The backup reminder: when changes have not been exported for some days.
 * Kept apart from the file exchange code so that the home page, which shows
 * the reminder, does not load the export and import code.
 */
import type { BackupStatus } from '$lib/domain/overview';
import { db } from './db';
import { guard } from './errors';

export type { BackupStatus };

/** Days without a full export (while there are changes) before the app reminds the user. */
export const BACKUP_REMINDER_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;
const LAST_EXPORT = 'lastExportAt';

/** Remember that everything was exported at `at`. */
export function markExported(at = Date.now()): Promise<void> {
	return guard(async () => {
		await db.meta.put({ key: LAST_EXPORT, value: at });
	});
}

export function backupStatus(now = Date.now()): Promise<BackupStatus> {
	return guard(() =>
		db.transaction('r', db.cities, db.assessments, db.answers, db.meta, async () => {
			const [row, c, a, w, cities] = await Promise.all([
				db.meta.get(LAST_EXPORT),
				db.cities.orderBy('updatedAt').last(),
				db.assessments.orderBy('updatedAt').last(),
				db.answers.orderBy('updatedAt').last(),
				db.cities.toArray()
			]);
			const lastExportAt = typeof row?.value === 'number' ? row.value : undefined;
			const times = [c?.updatedAt, a?.updatedAt, w?.updatedAt].filter(
				(x): x is number => typeof x === 'number'
			);
			const lastChangeAt = times.length ? Math.max(...times) : undefined;
			const unexported = lastChangeAt !== undefined && lastChangeAt > (lastExportAt ?? -1);
			const since = lastExportAt ?? Math.min(...cities.map((x) => x.createdAt), now);
			return {
				lastExportAt,
				lastChangeAt,
				unexported,
				due: unexported && now - since >= BACKUP_REMINDER_DAYS * DAY
			};
		})
	);
}
