/**
 * The backup reminder: when changes have not been exported for some days.
 * Kept apart from the file exchange code so that the home page, which shows
 * the reminder, does not load the export and import code.
 */
import { db } from './db';
import { guard } from './errors';

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

export interface BackupStatus {
	/** last full export ("everything"), if any */
	lastExportAt: number | undefined;
	/** newest change to a city, assessment or answer */
	lastChangeAt: number | undefined;
	/** there are changes that no full export contains */
	unexported: boolean;
	/** unexported changes and no full export for BACKUP_REMINDER_DAYS days */
	due: boolean;
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
