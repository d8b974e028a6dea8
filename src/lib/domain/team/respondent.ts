/**
 * Respondents of a team self-assessment and their answers. A respondent's
 * answers are kept apart from the others' and from the assessment's own
 * answers, which stay the team's consensus (what scores, results, compare and
 * reports use).
 *
 * Every record is ready for a later sync: a stable id, `updatedAt` and a
 * revision counter `rev`; every respondent answer names its respondent.
 * The schemas only (zod): what works on respondents without checking them is
 * in target.ts, and `$lib/domain/team` gives both (the schemas as types only).
 */
import { z } from 'zod';
import { Answer, NAME_MAX } from '../assessment';

const uid = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'not a valid id');
const timestamp = z.number().int().min(0).max(8.64e15);

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

/** One respondent's answer to one question: an answer that names its respondent. */
export const RespondentAnswer = Answer.extend({ respondentId: uid });
export type RespondentAnswer = z.infer<typeof RespondentAnswer>;
