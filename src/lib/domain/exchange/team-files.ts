/**
 * Team files: answering on separate devices (issue 13). Two kinds of file
 * inside the export format, version 2 (a `kind` member tells them from an
 * ordinary export, which has none):
 *
 * - an *invitation* (`kind: "invitation"`): the assessment shell (its city and
 *   the assessment record, framework id and version) and optionally one named
 *   respondent; the coordinator exports one per named respondent or a general
 *   one. When the assessment's framework is a definition loaded on the
 *   coordinator's device (not built into the app), the invitation carries it.
 *   Importing it creates the shell and opens the questionnaire as that
 *   respondent.
 * - a *response* (`kind: "response"`): one respondent's record and answers for
 *   one assessment, sent back to the coordinator.
 *
 * Both carry a checksum like an export: "sha256:" + SHA-256 of the canonical
 * JSON of everything but the checksum. Pure TypeScript + zod.
 *
 * `planResponse` decides, against what the coordinator's device holds, what
 * importing a response would write, or why nothing is written.
 */
import { z } from 'zod';
import { Assessment, City } from '../assessment';
import { Framework } from '../framework';
import { Respondent, RespondentAnswer } from '../team/respondent';
import { checksum } from './canonical';
import { MAX_ERRORS, err, zodErrors, type ImportError } from './errors';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, FrameworkRef } from './format';
import { DEFAULT_MAX_BYTES, safeJsonParse } from './safe-json';

export const TEAM_FILE_KINDS = ['invitation', 'response'] as const;
export type TeamFileKind = (typeof TEAM_FILE_KINDS)[number];

const header = {
	format: z.literal(EXPORT_FORMAT),
	formatVersion: z.literal(EXPORT_FORMAT_VERSION),
	appVersion: z.string().max(40),
	exportedAt: z.number().int().min(0).max(8.64e15)
};
const sum = { checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/) };

export const InvitationPayload = z.strictObject({
	...header,
	kind: z.literal('invitation'),
	framework: FrameworkRef,
	city: City,
	/** the assessment record (label, year, framework) without answers */
	assessment: Assessment,
	/** the named respondent this invitation is for; absent in a general invitation */
	respondent: Respondent.optional(),
	/** the framework's definition when it is not built into the app (loaded on the coordinator's device) */
	definition: Framework.optional()
});
export type InvitationPayload = z.infer<typeof InvitationPayload>;
export const InvitationFile = InvitationPayload.extend(sum);
export type InvitationFile = z.infer<typeof InvitationFile>;

export const ResponsePayload = z.strictObject({
	...header,
	kind: z.literal('response'),
	assessmentId: Assessment.shape.id,
	/** for messages only: which city and assessment the respondent answered */
	cityName: z.string().max(200),
	assessmentLabel: z.string().max(200),
	/** the framework the respondent answered (may differ from the coordinator's) */
	framework: FrameworkRef,
	respondent: Respondent,
	answers: z.array(RespondentAnswer).max(5_000)
});
export type ResponsePayload = z.infer<typeof ResponsePayload>;
export const ResponseFile = ResponsePayload.extend(sum);
export type ResponseFile = z.infer<typeof ResponseFile>;

export type TeamFile = InvitationFile | ResponseFile;

export interface InvitationInput {
	appVersion: string;
	city: City;
	assessment: Assessment;
	respondent?: Respondent;
	/** the framework's definition, when it is not built into the app */
	definition?: Framework;
	exportedAt?: number;
}

/** A checksummed invitation: the assessment shell, for one named respondent or anyone. */
export async function buildInvitation(input: InvitationInput): Promise<InvitationFile> {
	const payload: InvitationPayload = {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		kind: 'invitation',
		appVersion: input.appVersion,
		exportedAt: input.exportedAt ?? Date.now(),
		framework: { id: input.assessment.frameworkId, version: input.assessment.frameworkVersion },
		city: input.city,
		assessment: input.assessment,
		...(input.respondent ? { respondent: input.respondent } : {}),
		...(input.definition ? { definition: input.definition } : {})
	};
	return { ...payload, checksum: await checksum(payload) };
}

export interface ResponseInput {
	appVersion: string;
	city: City;
	assessment: Assessment;
	respondent: Respondent;
	answers: RespondentAnswer[];
	exportedAt?: number;
}

/** A checksummed response: one respondent's record and answers, sorted by question id. */
export async function buildResponse(input: ResponseInput): Promise<ResponseFile> {
	const payload: ResponsePayload = {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		kind: 'response',
		appVersion: input.appVersion,
		exportedAt: input.exportedAt ?? Date.now(),
		assessmentId: input.assessment.id,
		cityName: input.city.name,
		assessmentLabel: input.assessment.label,
		framework: { id: input.assessment.frameworkId, version: input.assessment.frameworkVersion },
		respondent: input.respondent,
		answers: input.answers
			.filter((a) => a.respondentId === input.respondent.id)
			.sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
	};
	return { ...payload, checksum: await checksum(payload) };
}

/**
 * The file's text. `kind` follows `format` and `formatVersion`, so a reader
 * can tell a team file from an export by its first bytes (`peekKind`).
 */
export function serializeTeamFile(file: TeamFile): string {
	const { format, formatVersion, kind, ...rest } = file;
	return JSON.stringify({ format, formatVersion, kind, ...rest }, null, 2) + '\n';
}

/** The kind of a file from its first bytes: a team file's or undefined (an export or anything else). */
export function peekKind(head: string): TeamFileKind | undefined {
	const m =
		/^\s*\{\s*"format"\s*:\s*"hrc-export"\s*,\s*"formatVersion"\s*:\s*\d+\s*,\s*"kind"\s*:\s*"(invitation|response)"/.exec(
			head.replace(/^\uFEFF/, '')
		);
	return m ? (m[1] as TeamFileKind) : undefined;
}

export type TeamParseResult = { ok: true; file: TeamFile } | { ok: false; errors: ImportError[] };

function isRecord(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Read and check a team file's text: JSON limits, kind, version, checksum
 * (a hand-edited file is refused), schema and the file's own consistency.
 * Never throws.
 */
export async function parseTeamFileText(
	text: string,
	maxBytes = DEFAULT_MAX_BYTES
): Promise<TeamParseResult> {
	try {
		const parsed = safeJsonParse(text, maxBytes);
		if (!parsed.ok) return parsed;
		const raw = parsed.value;
		if (!isRecord(raw) || raw.format !== EXPORT_FORMAT || !isTeamKind(raw.kind))
			return { ok: false, errors: [err('notExport')] };
		if (typeof raw.formatVersion === 'number' && raw.formatVersion > EXPORT_FORMAT_VERSION)
			return {
				ok: false,
				errors: [
					err('newerVersion', 'formatVersion', {
						version: raw.formatVersion,
						supported: EXPORT_FORMAT_VERSION
					})
				]
			};
		// the checksum first: a file changed by hand is refused whatever else it holds
		if (typeof raw.checksum !== 'string' || (await checksum(raw)) !== raw.checksum)
			return { ok: false, errors: [err('checksum', 'checksum')] };
		const schema = raw.kind === 'invitation' ? InvitationFile : ResponseFile;
		const result = schema.safeParse(raw);
		if (!result.success)
			return { ok: false, errors: zodErrors(result.error, [], raw).slice(0, MAX_ERRORS) };
		const file = result.data;
		const errors = file.kind === 'response' ? responseErrors(file) : invitationErrors(file);
		return errors.length ? { ok: false, errors } : { ok: true, file };
	} catch (e) {
		return {
			ok: false,
			errors: [err('invalid', '', { detail: e instanceof Error ? e.message : String(e) })]
		};
	}
}

function isTeamKind(v: unknown): v is TeamFileKind {
	return v === 'invitation' || v === 'response';
}

function invitationErrors(file: InvitationFile): ImportError[] {
	const errors: ImportError[] = [];
	if (file.assessment.cityId !== file.city.id)
		errors.push(err('missingCity', 'assessment.cityId', { id: file.assessment.cityId }));
	if (
		file.assessment.frameworkId !== file.framework.id ||
		file.assessment.frameworkVersion !== file.framework.version
	)
		errors.push(
			err('missingFrameworkRef', 'assessment.frameworkVersion', {
				id: file.assessment.frameworkId,
				version: file.assessment.frameworkVersion
			})
		);
	const d = file.definition;
	if (d && (d.id !== file.framework.id || d.version !== file.framework.version))
		errors.push(
			err('missingFrameworkRef', 'framework', {
				id: file.framework.id,
				version: file.framework.version
			})
		);
	if (file.respondent && file.respondent.assessmentId !== file.assessment.id)
		errors.push(
			err('missingAssessment', 'respondent.assessmentId', { id: file.respondent.assessmentId })
		);
	return errors;
}

function responseErrors(file: ResponseFile): ImportError[] {
	const errors: ImportError[] = [];
	const push = (e: ImportError) => {
		if (errors.length < MAX_ERRORS) errors.push(e);
	};
	if (file.respondent.assessmentId !== file.assessmentId)
		push(err('missingAssessment', 'respondent.assessmentId', { id: file.respondent.assessmentId }));
	const seen = new Set<string>();
	file.answers.forEach((a, i) => {
		if (a.assessmentId !== file.assessmentId)
			push(err('missingAssessment', `answers[${i}].assessmentId`, { id: a.assessmentId }));
		if (a.respondentId !== file.respondent.id)
			push(err('invalidValue', `answers[${i}].respondentId`, { expected: file.respondent.id }));
		if (seen.has(a.questionId)) push(err('duplicateId', `answers[${i}]`, { id: a.questionId }));
		seen.add(a.questionId);
	});
	return errors;
}

// ---------------------------------------------------------------------------
// What importing a response does on the coordinator's device

/** What the coordinator's device holds that a response is checked against. */
export interface ResponseSnapshot {
	/** the assessment the response is for, if it is on this device */
	assessment?: Pick<Assessment, 'id' | 'frameworkId' | 'frameworkVersion'>;
	/** the question ids of that assessment's framework (undefined: definition not on this device) */
	questionIds?: ReadonlySet<string>;
	/** the respondent of the same id, if this device has them */
	respondent?: Respondent;
	/** that respondent's answers on this device */
	existing: readonly RespondentAnswer[];
}

/** The coordinator's choice when the respondent already has answers here. */
export type ResponseDecision = 'replace' | 'keep';

export type ResponsePlan =
	| { kind: 'unknownAssessment'; assessmentId: string; city: string; label: string }
	/** imported where only one assessment's responses are taken (its team page): the file is for another */
	| { kind: 'otherAssessment'; assessmentId: string; city: string; label: string }
	| { kind: 'unknownQuestions'; ids: string[] }
	| { kind: 'frameworkMismatch'; file: FrameworkRef; device: FrameworkRef }
	| {
			/** the respondent already has answers here: ask, never merge silently */
			kind: 'decide';
			respondent: Respondent;
			/** the latest change on this device and in the file */
			deviceDate: number;
			fileDate: number;
			newer: 'device' | 'file' | 'same';
	  }
	| { kind: 'kept'; respondent: Respondent }
	| {
			kind: 'write';
			respondent: Respondent;
			answers: RespondentAnswer[];
			/** the respondent's rows to delete first (replaced by the file's) */
			replaced: boolean;
			/** answered on another version of the framework: ids that did not carry over */
			dropped: string[];
			otherVersion?: string;
	  };

/**
 * Where only `assessmentId`'s responses are taken (its team page), a response
 * for another assessment is refused, never written there silently: the plan
 * names the assessment it belongs to. Undefined when the file is for `assessmentId`.
 */
export function checkResponseTarget(
	file: Pick<ResponseFile, 'assessmentId' | 'cityName' | 'assessmentLabel'>,
	assessmentId: string
): Extract<ResponsePlan, { kind: 'otherAssessment' }> | undefined {
	if (file.assessmentId === assessmentId) return undefined;
	return {
		kind: 'otherAssessment',
		assessmentId: file.assessmentId,
		city: file.cityName,
		label: file.assessmentLabel
	};
}

function latest(answers: readonly Pick<RespondentAnswer, 'updatedAt'>[], fallback: number): number {
	return answers.reduce((m, a) => Math.max(m, a.updatedAt), answers.length ? 0 : fallback);
}

/**
 * Decide what importing `file` writes, against `snap`: nothing for an
 * assessment not on this device or for questions the framework lacks; a
 * decision when the respondent already has answers here (unless `decision`
 * is given); the answers that carry over (by question id) when the file was
 * answered on another version of the framework. Pure.
 */
export function planResponse(
	file: ResponseFile,
	snap: ResponseSnapshot,
	decision?: ResponseDecision,
	now = Date.now()
): ResponsePlan {
	const a = snap.assessment;
	if (!a)
		return {
			kind: 'unknownAssessment',
			assessmentId: file.assessmentId,
			city: file.cityName,
			label: file.assessmentLabel
		};
	if (a.frameworkId !== file.framework.id)
		return {
			kind: 'frameworkMismatch',
			file: file.framework,
			device: { id: a.frameworkId, version: a.frameworkVersion }
		};
	const sameVersion = a.frameworkVersion === file.framework.version;
	const known = snap.questionIds;
	const lacking = known
		? file.answers.filter((x) => !known.has(x.questionId)).map((x) => x.questionId)
		: [];
	// on the same version, a question the framework lacks means a damaged file: nothing is written
	if (sameVersion && lacking.length) return { kind: 'unknownQuestions', ids: lacking };

	const hasAnswers = snap.existing.length > 0;
	if (hasAnswers && !decision) {
		const deviceDate = latest(snap.existing, 0);
		const fileDate = latest(file.answers, file.exportedAt);
		return {
			kind: 'decide',
			respondent: snap.respondent ?? file.respondent,
			deviceDate,
			fileDate,
			newer: deviceDate > fileDate ? 'device' : deviceDate < fileDate ? 'file' : 'same'
		};
	}
	if (hasAnswers && decision === 'keep')
		return { kind: 'kept', respondent: snap.respondent ?? file.respondent };

	const drop = new Set(lacking);
	const answers = file.answers.filter((x) => !drop.has(x.questionId));
	const prev = snap.respondent;
	const respondent: Respondent = prev
		? {
				...prev,
				name: file.respondent.name,
				department: file.respondent.department,
				updatedAt: Math.max(now, prev.updatedAt),
				rev: Math.max(prev.rev, file.respondent.rev) + 1
			}
		: file.respondent;
	return {
		kind: 'write',
		respondent,
		answers,
		replaced: hasAnswers,
		dropped: lacking,
		...(sameVersion ? {} : { otherVersion: file.framework.version })
	};
}
