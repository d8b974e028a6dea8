/**
 * The export file format ("hrc-export"): one assessment, one city or
 * everything, as versioned JSON; building and serialising a file. Pure
 * TypeScript + zod, shared by the app, the web worker and the command line.
 *
 * Version history:
 * - 1: first release.
 * - 2: team self-assessment: `respondents` and `respondentAnswers` (both may be
 *   empty). A version 1 file reads as version 2 with neither (MIGRATIONS[1]).
 */
import { z } from 'zod';
import { Answer, Assessment, City } from '../assessment';
import { Framework } from '../framework';
import { Respondent, RespondentAnswer } from '../team/respondent';
import { checksum } from './canonical';

export const EXPORT_FORMAT = 'hrc-export';
export const EXPORT_FORMAT_VERSION = 2;

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
	/** the team's consensus: the assessments' answers */
	answers: z.array(Answer).max(500_000),
	/** respondents of the assessments' teams (v2) */
	respondents: z.array(Respondent).max(10_000).default([]),
	/** each respondent's answers, apart from the consensus (v2) */
	respondentAnswers: z.array(RespondentAnswer).max(500_000).default([])
});
export type ExportPayload = z.infer<typeof ExportPayload>;

export const ExportFile = ExportPayload.extend({
	/** "sha256:" + hex SHA-256 of the canonical JSON of the payload (keys sorted) */
	checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/)
});
export type ExportFile = z.infer<typeof ExportFile>;

export interface ExportInput {
	scope: ExportScope;
	appVersion: string;
	cities: City[];
	assessments: Assessment[];
	answers: Answer[];
	respondents?: Respondent[];
	respondentAnswers?: RespondentAnswer[];
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
		),
		respondents: [...(input.respondents ?? [])].sort(byId),
		respondentAnswers: [...(input.respondentAnswers ?? [])].sort((a, b) => {
			const ka = `${a.assessmentId}|${a.respondentId}|${a.questionId}`;
			const kb = `${b.assessmentId}|${b.respondentId}|${b.questionId}`;
			return ka < kb ? -1 : ka > kb ? 1 : 0;
		})
	};
	return { ...payload, checksum: await checksum(payload) };
}

/** The file's text: pretty-printed JSON, UTF-8 without BOM. */
export function serializeExport(file: ExportFile): string {
	return JSON.stringify(file, null, 2) + '\n';
}
