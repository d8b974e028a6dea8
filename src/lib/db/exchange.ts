/**
 * Moving data between devices, one module per concern (this module only
 * re-exports them, so importers need not know the split):
 *
 * - export.ts      export files (one assessment, one city, everything)
 * - import.ts      check, preview and import a file (one transaction per file)
 * - frameworks.ts  user-loaded framework definitions (load, list, remove)
 * - migrate.ts     moving an assessment to another framework version
 * - erase.ts       "delete all my data"
 * - dump.ts        every row of every table (tests, diagnostics)
 *
 * The file format, its checks and the import conflict policy are pure code
 * in $lib/domain/exchange.
 */
export { DB_NAME } from './db';
export { dump } from './dump';
export { deleteAllData } from './erase';
export { exportAll, exportAssessment, exportCity } from './export';
export {
	listLoadedFrameworks,
	loadFramework,
	removeFramework,
	type LoadFrameworkResult,
	type LoadedFramework
} from './frameworks';
export {
	applyImport,
	checkAndPreview,
	checkFrameworks,
	checkText,
	previewImport,
	/** the preview: what importing a file would do (same as `previewImport`) */
	previewImport as planImport,
	type AssessmentPlan,
	type CityPlan,
	type ImportPlan,
	type ImportStrategy
} from './import';
export { migrateAssessment, planMigration } from './migrate';
