/**
 * Respondents of a team self-assessment and their answers. A respondent's
 * answers are kept apart from the others' and from the assessment's own
 * answers, which stay the team's consensus (what scores, results, compare and
 * reports use).
 *
 * Every record is ready for a later sync: a stable id, `updatedAt` and a
 * revision counter `rev`; every respondent answer names its respondent.
 */
import { z } from 'zod';
import { Answer, NAME_MAX } from '../assessment';
import { sortRespondents } from './target';

const uid = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'not a valid id');
const timestamp = z.number().int().min(0).max(8.64e15);

/** At most this many respondents per assessment. */
export const RESPONDENTS_MAX = 100;

export const Respondent = z.strictObject({
	id: uid,
	assessmentId: uid,
	/** display name or role; empty when the team stays anonymous */
	name: z.string().normalize('NFC').trim().max(NAME_MAX).default(''),
	department: z.string().normalize('NFC').trim().max(NAME_MAX).default(''),
	createdAt: timestamp,
	updatedAt: timestamp,
	rev: z.number().int().min(0).default(0)
});
export type Respondent = z.infer<typeof Respondent>;

/** What a person types for a respondent; both fields optional. */
export interface RespondentFields {
	name?: string;
	department?: string;
}

/** One respondent's answer to one question: an answer that names its respondent. */
export const RespondentAnswer = Answer.extend({ respondentId: uid });
export type RespondentAnswer = z.infer<typeof RespondentAnswer>;

export {
	CONSENSUS,
	respondentOf,
	respondentTarget,
	sortRespondents,
	type AnswerTarget
} from './target';

/**
 * A respondent's position in the team as the team view orders it
 * (`sortRespondents`), whether or not `team` holds them yet: the position they
 * have, or will have once added. -1 when `team` is unknown (undefined).
 */
export function teamPosition(
	r: Pick<Respondent, 'id' | 'createdAt'>,
	team: readonly Pick<Respondent, 'id' | 'createdAt'>[] | undefined
): number {
	if (!team) return -1;
	return sortRespondents([...team.filter((x) => x.id !== r.id), r]).findIndex((x) => x.id === r.id);
}

/** "A", "B", … "Z", "AA", … : a respondent's letter by position (for anonymised views). */
export function respondentLetter(index: number): string {
	let n = index;
	let out = '';
	do {
		out = String.fromCharCode(65 + (n % 26)) + out;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return out;
}
