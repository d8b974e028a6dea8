/**
 * Reading a file's text: an export file (format migrations, schema, checksum,
 * cross-record integrity, warnings) or a framework definition. Never throws:
 * the result is either the validated file or a list of errors.
 */
import { Framework } from '../framework';
import { allQuestions } from '../framework-tree';
import { MAX_ERRORS, err, zodErrors, type ImportError, type ImportWarning } from './errors';
import { checksum } from './canonical';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ExportFile, type ExportPayload } from './format';
import { DEFAULT_MAX_BYTES, safeJsonParse } from './safe-json';

export type ParseResult =
	{ ok: true; file: ExportFile; warnings: ImportWarning[] } | { ok: false; errors: ImportError[] };

export interface ParseOptions {
	/** refuse larger texts (measured in UTF-8 bytes); default 20 MiB */
	maxBytes?: number;
	/** framework definitions the reader knows (bundled + loaded); definitions in the file are added */
	frameworks?: readonly Framework[];
}

/**
 * Migrations from older format versions, keyed by the version they read: each
 * turns a parsed file of version N into one of version N + 1 (checksum
 * recomputed by the caller); see docs/export-format.md.
 */
export const MIGRATIONS: Readonly<
	Record<number, (file: Record<string, unknown>) => Record<string, unknown>>
> = {
	// 1 → 2: no respondents yet; the answers are the consensus, as they always were
	1: (file) => ({ ...file, formatVersion: 2, respondents: [], respondentAnswers: [] })
};

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
			errors: [...checksumErrors, ...zodErrors(result.error, [], raw)].slice(0, MAX_ERRORS)
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
	// v2: respondents belong to an assessment of the file; their answers to a respondent of it
	const respondentOf = new Map<string, string>();
	file.respondents.forEach((r, i) => {
		if (respondentOf.has(r.id)) push(err('duplicateId', `respondents[${i}].id`, { id: r.id }));
		respondentOf.set(r.id, r.assessmentId);
		if (!assessmentIds.has(r.assessmentId))
			push(err('missingAssessment', `respondents[${i}].assessmentId`, { id: r.assessmentId }));
	});
	const responseKeys = new Set<string>();
	file.respondentAnswers.forEach((a, i) => {
		const key = `${a.assessmentId}\u0000${a.respondentId}\u0000${a.questionId}`;
		if (responseKeys.has(key))
			push(
				err('duplicateId', `respondentAnswers[${i}]`, {
					id: `${a.assessmentId}/${a.respondentId}/${a.questionId}`
				})
			);
		responseKeys.add(key);
		if (respondentOf.get(a.respondentId) !== a.assessmentId) {
			push(
				err('missingAssessment', `respondentAnswers[${i}].respondentId`, { id: a.respondentId })
			);
			return;
		}
		const questions = questionsOf.get(frameworkOf.get(a.assessmentId) ?? '');
		if (questions && !questions.has(a.questionId))
			push(
				err('unknownQuestion', `respondentAnswers[${i}].questionId`, {
					id: a.questionId,
					framework: (frameworkOf.get(a.assessmentId) ?? '').replace('@', ' ')
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
				errors: [err('notFramework')]
			};
		const result = Framework.safeParse(parsed.value);
		if (!result.success) return { ok: false, errors: zodErrors(result.error, [], parsed.value) };
		return { ok: true, framework: result.data };
	} catch (e) {
		return {
			ok: false,
			errors: [err('invalid', '', { detail: e instanceof Error ? e.message : String(e) })]
		};
	}
}
