/**
 * What the device holds, as the home and data pages list it: plain shapes,
 * computed by db/overview.ts and db/backup.ts and passed to components as props.
 */
import type { Assessment, City } from './assessment';

export interface AssessmentSummary {
	assessment: Assessment;
	/** answers with a level, N/A or don't know */
	answered: number;
	/** stored answer rows (including comment-only ones) */
	rows: number;
}

export interface CityOverview {
	city: City;
	assessments: AssessmentSummary[];
}

export interface BackupStatus {
	/** last full export ("everything"), if any */
	lastExportAt: number | undefined;
	/** newest change to a city, assessment or answer */
	lastChangeAt: number | undefined;
	/** there are changes that no full export contains */
	unexported: boolean;
	/** unexported changes and no full export for BACKUP_REMINDER_DAYS days (db/backup.ts) */
	due: boolean;
}
