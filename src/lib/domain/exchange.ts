/**
 * The export file format ("hrc-export"): one assessment, one city or
 * everything, as versioned JSON. Pure TypeScript + zod, shared by the app, the
 * web worker and the command line (Node ≥ 20: uses globalThis.crypto).
 *
 * Version history:
 * - 1: first release.
 *
 * Reading a file (`parseExportText`) never throws: it returns either the
 * validated file or a list of errors, each with a stable `code`, the place it
 * was found (`path`), `params` for the message and an English `message` for
 * the command line. The app translates errors by code.
 */
import { z } from 'zod';
import { Answer, Assessment, City } from './assessment';
import { Framework, allQuestions } from './framework';

export const EXPORT_FORMAT = 'hrc-export';
export const EXPORT_FORMAT_VERSION = 1;

/** Files larger than this are refused before they are read. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of objects/arrays a valid file can have (a framework definition reaches 10). */
export const MAX_DEPTH = 16;
/** At most this many errors are reported per file. */
export const MAX_ERRORS = 20;

export const ExportScope = z.enum(['assessment', 'city', 'all']);
export type ExportScope = z.infer<typeof ExportScope>;

export const FrameworkRef = z.strictObject({
	id: z.string().min(1).max(64),
	version: z.string().regex(/^\d+\.\d+\.\d+$/)
});
export type FrameworkRef = z.infer<typeof FrameworkRef>;

/** What is checksummed: everything but the checksum itself. */
export const ExportPayload = z.strictObject({
	format: z.literal(EXPORT_FORMAT),
	formatVersion: z.literal(EXPORT_FORMAT_VERSION),
	appVersion: z.string().max(40),
	exportedAt: z.number().int().min(0),
	scope: ExportScope,
	/** framework id + version of every assessment in the file */
	frameworks: z.array(FrameworkRef).max(100),
	/** definitions that are not bundled with the app (user-loaded), so the file is self-contained */
	frameworkDefinitions: z.array(Framework).max(20).default([]),
	cities: z.array(City).max(10_000),
	assessments: z.array(Assessment).max(10_000),
	answers: z.array(Answer).max(500_000)
});
export type ExportPayload = z.infer<typeof ExportPayload>;

export const ExportFile = ExportPayload.extend({
	/** "sha256:" + hex SHA-256 of the canonical JSON of the payload (keys sorted) */
	checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/)
});
export type ExportFile = z.infer<typeof ExportFile>;

// ---------------------------------------------------------------------------
// Writing

/**
 * JSON with the keys of every object sorted (code-unit order), no whitespace.
 * `undefined` object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const v = (value as Record<string, unknown>)[key];
			if (v !== undefined)
				Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true });
		}
		return out;
	}
	return value;
}

/** "sha256:<hex>" of the canonical JSON of `payload` without its `checksum` member. */
export async function checksum(payload: object): Promise<string> {
	const rest: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
	delete rest.checksum;
	const bytes = new TextEncoder().encode(canonicalJson(rest));
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
	const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
	return `sha256:${hex}`;
}

export interface ExportInput {
	scope: ExportScope;
	appVersion: string;
	cities: City[];
	assessments: Assessment[];
	answers: Answer[];
	/** user-loaded definitions used by the assessments (bundled ones are left out) */
	frameworkDefinitions?: Framework[];
	exportedAt?: number;
}

/** Build a complete, checksummed export file. Records are sorted so the output is stable. */
export async function buildExport(input: ExportInput): Promise<ExportFile> {
	const refs = new Map<string, FrameworkRef>();
	for (const a of input.assessments)
		refs.set(`${a.frameworkId}@${a.frameworkVersion}`, {
			id: a.frameworkId,
			version: a.frameworkVersion
		});
	const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const payload: ExportPayload = {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		appVersion: input.appVersion,
		exportedAt: input.exportedAt ?? Date.now(),
		scope: input.scope,
		frameworks: [...refs.values()].sort((a, b) =>
			`${a.id}@${a.version}`.localeCompare(`${b.id}@${b.version}`)
		),
		frameworkDefinitions: input.frameworkDefinitions ?? [],
		cities: [...input.cities].sort(byId),
		assessments: [...input.assessments].sort(byId),
		answers: [...input.answers].sort((a, b) =>
			a.assessmentId !== b.assessmentId
				? a.assessmentId < b.assessmentId
					? -1
					: 1
				: a.questionId < b.questionId
					? -1
					: a.questionId > b.questionId
						? 1
						: 0
		)
	};
	return { ...payload, checksum: await checksum(payload) };
}

/** The file's text: pretty-printed JSON, UTF-8 without BOM. */
export function serializeExport(file: ExportFile): string {
	return JSON.stringify(file, null, 2) + '\n';
}

// ---------------------------------------------------------------------------
// Reading

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
	| 'scopeMismatch';

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

export type ParseResult =
	{ ok: true; file: ExportFile; warnings: ImportWarning[] } | { ok: false; errors: ImportError[] };

export interface ParseOptions {
	/** refuse larger texts (measured in UTF-8 bytes); default 20 MiB */
	maxBytes?: number;
	/** framework definitions the reader knows (bundled + loaded); definitions in the file are added */
	frameworks?: readonly Framework[];
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
	scopeMismatch: (p) => `A file with scope "${p.scope}" must hold exactly one ${p.what}.`
};

function err(
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

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
	constructor(readonly key: string) {
		super(key);
	}
}

/** UTF-8 byte length of a string without encoding it. */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

/** Deepest nesting of `{`/`[` outside strings; stops counting once over `limit`. */
function nestingDepth(text: string, limit: number): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			depth++;
			if (depth > max) {
				max = depth;
				if (max > limit) return max;
			}
		} else if (c === 125 || c === 93) depth--;
	}
	return max;
}

/**
 * Parse JSON safely: size checked before parsing, BOM removed, nesting limited,
 * `__proto__`/`constructor`/`prototype` keys refused. Shared by export files
 * and framework definitions.
 */
export function safeJsonParse(
	text: string,
	maxBytes = DEFAULT_MAX_BYTES
): { ok: true; value: unknown } | { ok: false; errors: ImportError[] } {
	if (typeof text !== 'string')
		return { ok: false, errors: [err('notJson', '', { detail: 'no text' })] };
	// cheap bound first: UTF-8 never has fewer bytes than UTF-16 code units
	if (text.length > maxBytes || utf8Length(text) > maxBytes)
		return {
			ok: false,
			errors: [
				err('tooLarge', '', { size: utf8Length(text.slice(0, maxBytes + 1)), max: maxBytes })
			]
		};
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') return { ok: false, errors: [err('empty')] };
	if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH)
		return { ok: false, errors: [err('tooDeep', '', { max: MAX_DEPTH })] };
	try {
		const value: unknown = JSON.parse(text, (key, v: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
			return v;
		});
		return { ok: true, value };
	} catch (e) {
		if (e instanceof ForbiddenKey)
			return { ok: false, errors: [err('forbiddenKey', '', { key: e.key })] };
		const detail = e instanceof Error ? e.message.slice(0, 200) : 'unknown error';
		return { ok: false, errors: [err('notJson', '', { detail })] };
	}
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

/** zod issues → readable errors with codes. */
export function zodErrors(error: z.ZodError, prefix: PropertyKey[] = []): ImportError[] {
	const out: ImportError[] = [];
	for (const issue of error.issues) {
		const path = formatPath([...prefix, ...issue.path]);
		switch (issue.code) {
			case 'invalid_type':
				out.push(err('type', path, { expected: EXPECTED_TYPE[issue.expected] ?? issue.expected }));
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
			default:
				out.push(err('invalid', path, { detail: issue.message.slice(0, 200) }));
		}
		if (out.length >= MAX_ERRORS) break;
	}
	return out;
}

/**
 * Migrations from older format versions, keyed by the version they read: each
 * turns a parsed file of version N into one of version N + 1 (checksum
 * recomputed by the caller). Version 1 is the first format, so there are none
 * yet; see docs/export-format.md.
 */
export const MIGRATIONS: Readonly<
	Record<number, (file: Record<string, unknown>) => Record<string, unknown>>
> = {};

function isRecord(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Read and check an export file's text. Never throws. */
export async function parseExportText(
	text: string,
	options: ParseOptions = {}
): Promise<ParseResult> {
	try {
		return await parseUnsafe(text, options);
	} catch (e) {
		// defensive: a bug here must not escape as an exception
		return {
			ok: false,
			errors: [err('invalid', '', { detail: e instanceof Error ? e.message : String(e) })]
		};
	}
}

async function parseUnsafe(text: string, options: ParseOptions): Promise<ParseResult> {
	const parsed = safeJsonParse(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
	if (!parsed.ok) return parsed;
	let raw = parsed.value;
	if (!isRecord(raw) || raw.format !== EXPORT_FORMAT)
		return { ok: false, errors: [err('notExport')] };
	const version = raw.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version))
		return { ok: false, errors: [err('type', 'formatVersion', { expected: 'integer' })] };
	if (version > EXPORT_FORMAT_VERSION)
		return {
			ok: false,
			errors: [err('newerVersion', 'formatVersion', { version, supported: EXPORT_FORMAT_VERSION })]
		};

	// The checksum covers the file as written, before any migration.
	const checksumOk = typeof raw.checksum === 'string' && (await checksum(raw)) === raw.checksum;

	if (version < EXPORT_FORMAT_VERSION) {
		for (let v = version; v < EXPORT_FORMAT_VERSION; v++) {
			const step = MIGRATIONS[v];
			if (!step) return { ok: false, errors: [err('olderVersion', 'formatVersion', { version })] };
			raw = step(raw as Record<string, unknown>);
		}
		if (checksumOk && isRecord(raw)) raw = { ...raw, checksum: await checksum(raw) };
	}

	const result = ExportFile.safeParse(raw);
	const checksumErrors =
		checksumOk || !isRecord(parsed.value) || typeof parsed.value.checksum !== 'string'
			? []
			: [err('checksum', 'checksum')];
	if (!result.success)
		return {
			ok: false,
			errors: [...checksumErrors, ...zodErrors(result.error)].slice(0, MAX_ERRORS)
		};
	if (checksumErrors.length) return { ok: false, errors: checksumErrors };

	const file = result.data;
	const errors = integrityErrors(file, [
		...(options.frameworks ?? []),
		...file.frameworkDefinitions
	]);
	if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
	return { ok: true, file, warnings: frameworkWarnings(file, options.frameworks ?? []) };
}

/** Cross-record checks zod cannot express: unique ids, references, known questions. */
export function integrityErrors(file: ExportPayload, known: readonly Framework[]): ImportError[] {
	const errors: ImportError[] = [];
	const push = (e: ImportError) => {
		if (errors.length < MAX_ERRORS) errors.push(e);
	};
	const cityIds = new Set<string>();
	file.cities.forEach((c, i) => {
		if (cityIds.has(c.id)) push(err('duplicateId', `cities[${i}].id`, { id: c.id }));
		cityIds.add(c.id);
	});
	const assessmentIds = new Set<string>();
	const refs = new Set(file.frameworks.map((f) => `${f.id}@${f.version}`));
	const questionsOf = new Map<string, Set<string>>();
	for (const fw of known)
		if (!questionsOf.has(`${fw.id}@${fw.version}`))
			questionsOf.set(
				`${fw.id}@${fw.version}`,
				new Set(allQuestions(fw).map((q) => q.question.id))
			);
	const frameworkOf = new Map<string, string>();
	file.assessments.forEach((a, i) => {
		if (assessmentIds.has(a.id)) push(err('duplicateId', `assessments[${i}].id`, { id: a.id }));
		assessmentIds.add(a.id);
		if (!cityIds.has(a.cityId))
			push(err('missingCity', `assessments[${i}].cityId`, { id: a.cityId }));
		const key = `${a.frameworkId}@${a.frameworkVersion}`;
		if (!refs.has(key))
			push(
				err('missingFrameworkRef', `assessments[${i}].frameworkVersion`, {
					id: a.frameworkId,
					version: a.frameworkVersion
				})
			);
		frameworkOf.set(a.id, key);
	});
	const answerKeys = new Set<string>();
	file.answers.forEach((a, i) => {
		const key = `${a.assessmentId}\u0000${a.questionId}`;
		if (answerKeys.has(key))
			push(err('duplicateId', `answers[${i}]`, { id: `${a.assessmentId}/${a.questionId}` }));
		answerKeys.add(key);
		const fwKey = frameworkOf.get(a.assessmentId);
		if (fwKey === undefined) {
			push(err('missingAssessment', `answers[${i}].assessmentId`, { id: a.assessmentId }));
			return;
		}
		const questions = questionsOf.get(fwKey);
		if (questions && !questions.has(a.questionId))
			push(
				err('unknownQuestion', `answers[${i}].questionId`, {
					id: a.questionId,
					framework: fwKey.replace('@', ' ')
				})
			);
	});
	if (file.scope === 'assessment' && file.assessments.length !== 1)
		push(err('scopeMismatch', 'assessments', { scope: file.scope, what: 'assessment' }));
	if (file.scope !== 'all' && file.cities.length !== 1)
		push(err('scopeMismatch', 'cities', { scope: file.scope, what: 'city' }));
	return errors;
}

function frameworkWarnings(file: ExportFile, known: readonly Framework[]): ImportWarning[] {
	const have = new Set([...known, ...file.frameworkDefinitions].map((f) => `${f.id}@${f.version}`));
	return file.frameworks
		.filter((f) => !have.has(`${f.id}@${f.version}`))
		.map((f) => ({
			code: 'unknownFramework' as const,
			path: 'frameworks',
			params: { id: f.id, version: f.version },
			message: `The framework ${f.id} ${f.version} is not on this device; its answers are kept but cannot be shown until it is loaded.`
		}));
}

export type FrameworkParseResult =
	{ ok: true; framework: Framework } | { ok: false; errors: ImportError[] };

/** Read and check a framework definition file (the same contract as the bundled one). Never throws. */
export function parseFrameworkText(text: string, maxBytes = 5 * 1024 * 1024): FrameworkParseResult {
	try {
		const parsed = safeJsonParse(text, maxBytes);
		if (!parsed.ok) return parsed;
		if (isRecord(parsed.value) && parsed.value.format === EXPORT_FORMAT)
			return {
				ok: false,
				errors: [
					err('invalid', '', { detail: 'this is an assessment export, not a framework definition' })
				]
			};
		const result = Framework.safeParse(parsed.value);
		if (!result.success) return { ok: false, errors: zodErrors(result.error) };
		return { ok: true, framework: result.data };
	} catch (e) {
		return {
			ok: false,
			errors: [err('invalid', '', { detail: e instanceof Error ? e.message : String(e) })]
		};
	}
}

// ---------------------------------------------------------------------------
// File names: one module for every file the app writes (kept here for old imports)

export { exportFileName, slug } from './file-names';
