/**
 * Errors found reading a file: each has a stable `code`, the place it was
 * found (`path`), `params` for the message and an English `message` for the
 * command line. The app translates errors by code (i18n/import-errors.ts).
 */
import { z } from 'zod';

/** At most this many errors are reported per file. */
export const MAX_ERRORS = 20;

export type ImportErrorCode =
	| 'tooLarge'
	| 'empty'
	| 'notJson'
	| 'forbiddenKey'
	| 'tooDeep'
	| 'notExport'
	| 'newerVersion'
	| 'olderVersion'
	| 'checksum'
	| 'type'
	| 'missing'
	| 'unknownKey'
	| 'tooBig'
	| 'tooSmall'
	| 'invalidValue'
	| 'invalidFormat'
	| 'invalid'
	| 'duplicateId'
	| 'missingCity'
	| 'missingAssessment'
	| 'missingFrameworkRef'
	| 'unknownQuestion'
	| 'scopeMismatch'
	| 'notFramework'
	| 'levelsOrder'
	| 'specialAnswers';

export interface ImportError {
	code: ImportErrorCode;
	/** where in the file, e.g. "answers[3].value"; "" for the whole file */
	path: string;
	params: Record<string, string | number>;
	/** English, for the command line and logs; the app translates `code` */
	message: string;
}

export interface ImportWarning {
	code: 'unknownFramework';
	path: string;
	params: Record<string, string | number>;
	message: string;
}

const ENGLISH: Record<ImportErrorCode, (p: Record<string, string | number>) => string> = {
	tooLarge: (p) => `The file is too large (${p.size} bytes; at most ${p.max}).`,
	empty: () => 'The file is empty.',
	notJson: (p) => `The file is not valid JSON (${p.detail}); it may be truncated or damaged.`,
	forbiddenKey: (p) => `The file contains the forbidden key "${p.key}".`,
	tooDeep: (p) => `The file is nested too deeply (more than ${p.max} levels).`,
	notExport: () => 'This is not an assessment export file of this app.',
	newerVersion: (p) =>
		`The file was made by a newer version of the app (format ${p.version}; this app reads up to ${p.supported}). Update the app.`,
	olderVersion: (p) => `Format version ${p.version} is not supported.`,
	checksum: () => 'The checksum does not match: the file was altered or damaged after export.',
	type: (p) => `Expected ${p.expected}.`,
	missing: () => 'A required field is missing.',
	unknownKey: (p) => `Unknown field "${p.keys}".`,
	tooBig: (p) => `Too long or too large (at most ${p.maximum}).`,
	tooSmall: (p) => `Too short or too small (at least ${p.minimum}).`,
	invalidValue: (p) => `Not an allowed value${p.allowed ? ` (allowed: ${p.allowed})` : ''}.`,
	invalidFormat: () => 'Not in the expected format.',
	invalid: (p) => `Not valid${p.detail ? `: ${p.detail}` : ''}.`,
	duplicateId: (p) => `The id "${p.id}" appears more than once.`,
	missingCity: (p) => `The city "${p.id}" this assessment belongs to is not in the file.`,
	missingAssessment: (p) => `The assessment "${p.id}" this answer belongs to is not in the file.`,
	missingFrameworkRef: (p) => `The framework ${p.id} ${p.version} is not listed in "frameworks".`,
	unknownQuestion: (p) => `The question "${p.id}" does not exist in framework ${p.framework}.`,
	scopeMismatch: (p) => `A file with scope "${p.scope}" must hold exactly one ${p.what}.`,
	notFramework: () => 'This is an assessment export, not a framework definition.',
	levelsOrder: () => 'The scale levels must be 0, 1, 2, 3, 4 in order.',
	specialAnswers: () => 'The scale needs exactly the special answers "na" and "dk".'
};

/**
 * Codes a schema's own check may give its issue (`params: { code }` on a zod
 * refine or custom issue), so the app can translate it instead of showing
 * the schema's English message.
 */
const CUSTOM_CODES = [
	'duplicateId',
	'levelsOrder',
	'specialAnswers'
] as const satisfies readonly ImportErrorCode[];

function customError(issue: z.core.$ZodIssueCustom, path: string): ImportError | undefined {
	const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
	if (!(CUSTOM_CODES as readonly unknown[]).includes(code)) return undefined;
	const values: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(params))
		if (typeof v === 'string' || typeof v === 'number') values[k] = v;
	return err(code as ImportErrorCode, path, values);
}

/** An error with its English message. */
export function err(
	code: ImportErrorCode,
	path = '',
	params: Record<string, string | number> = {}
): ImportError {
	return { code, path, params, message: ENGLISH[code](params) };
}

/** "answers[3].value" from ["answers", 3, "value"]. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const p of path) {
		if (typeof p === 'number') out += `[${p}]`;
		else out += out ? `.${String(p)}` : String(p);
	}
	return out;
}

/** zod 4 names some expected types differently from JSON Schema; the stable names are these. */
const EXPECTED_TYPE: Record<string, string> = { int: 'integer' };

/** At most this many allowed values are listed in a message. */
const MAX_ALLOWED = 10;

/**
 * The values an enum, literal or union of literals accepts, as JSON
 * ('"draft", "complete"'; '0, 1, 2, 3, 4, "na", "dk"'), or undefined when the
 * issue is not about such a set.
 */
function allowedValues(issue: z.core.$ZodIssue): string | undefined {
	let values: unknown[] = [];
	if (issue.code === 'invalid_value') values = [...issue.values];
	else if (issue.code === 'invalid_union') {
		for (const branch of issue.errors) {
			const only = branch.length === 1 ? branch[0] : undefined;
			if (only?.code !== 'invalid_value' || only.path.length > 0) return undefined;
			values.push(...only.values);
		}
	}
	if (values.length === 0) return undefined;
	const shown = values.slice(0, MAX_ALLOWED).map((v) => JSON.stringify(v) ?? String(v));
	return shown.join(', ') + (values.length > MAX_ALLOWED ? ', …' : '');
}

/** The field `path` names is absent from its object in `input` (JSON has no undefined). */
function isAbsent(input: unknown, path: PropertyKey[]): boolean {
	const last = path.at(-1);
	if (last === undefined) return false;
	let parent = input;
	for (const key of path.slice(0, -1)) {
		if (typeof parent !== 'object' || parent === null) return false;
		parent = (parent as Record<PropertyKey, unknown>)[key];
	}
	return (
		typeof parent === 'object' &&
		parent !== null &&
		!Array.isArray(parent) &&
		!Object.hasOwn(parent, last)
	);
}

/**
 * zod issues → readable errors with codes. Given the `input` that was checked, a field
 * that is not there at all is reported as missing rather than as a value of the wrong kind.
 */
export function zodErrors(
	error: z.ZodError,
	prefix: PropertyKey[] = [],
	input?: unknown
): ImportError[] {
	const out: ImportError[] = [];
	for (const issue of error.issues) {
		const path = formatPath([...prefix, ...issue.path]);
		switch (issue.code) {
			case 'invalid_type':
				out.push(
					input !== undefined && isAbsent(input, issue.path)
						? err('missing', path)
						: err('type', path, { expected: EXPECTED_TYPE[issue.expected] ?? issue.expected })
				);
				break;
			case 'unrecognized_keys':
				out.push(err('unknownKey', path, { keys: issue.keys.join('", "') }));
				break;
			case 'too_big':
				out.push(err('tooBig', path, { maximum: Number(issue.maximum) }));
				break;
			case 'too_small':
				out.push(err('tooSmall', path, { minimum: Number(issue.minimum) }));
				break;
			case 'invalid_value':
			case 'invalid_union': {
				const allowed = allowedValues(issue);
				out.push(err('invalidValue', path, allowed === undefined ? {} : { allowed }));
				break;
			}
			case 'invalid_format':
				out.push(err('invalidFormat', path));
				break;
			case 'custom':
				out.push(
					customError(issue, path) ?? err('invalid', path, { detail: issue.message.slice(0, 200) })
				);
				break;
			default:
				out.push(err('invalid', path, { detail: issue.message.slice(0, 200) }));
		}
		if (out.length >= MAX_ERRORS) break;
	}
	return out;
}
