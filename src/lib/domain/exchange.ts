/**
 * The export file format and everything pure about moving data between
 * devices, one module per concern under ./exchange/:
 *
 * - format.ts      the "hrc-export" schema; building and serialising a file
 * - canonical.ts   canonical JSON and the checksum
 * - errors.ts      error codes, English messages, zod issues → errors
 * - safe-json.ts   JSON parsing with size, depth and key limits
 * - read.ts        reading an export file or a framework definition
 * - file-names.ts  export file names
 * - plan.ts        the import conflict policy (`planImport`), imported from
 *                  there directly: it needs the bundled frameworks, which
 *                  importers of this module should not load for nothing
 *
 * This module re-exports the public names of the others, so importers need
 * not know the split.
 */
export { canonicalJson, checksum } from './exchange/canonical';
export {
	MAX_ERRORS,
	formatPath,
	zodErrors,
	type ImportError,
	type ImportErrorCode,
	type ImportWarning
} from './exchange/errors';
export { exportFileName, slug } from './exchange/file-names';
export {
	EXPORT_FORMAT,
	EXPORT_FORMAT_VERSION,
	ExportFile,
	ExportPayload,
	ExportScope,
	FrameworkRef,
	buildExport,
	serializeExport,
	type ExportInput
} from './exchange/format';
export {
	MIGRATIONS,
	integrityErrors,
	parseExportText,
	parseFrameworkText,
	type FrameworkParseResult,
	type ParseOptions,
	type ParseResult
} from './exchange/read';
export { DEFAULT_MAX_BYTES, MAX_DEPTH, safeJsonParse, utf8Length } from './exchange/safe-json';
