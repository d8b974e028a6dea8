/**
 * The write-ahead journal of an answer: what a person chose or typed that is
 * not yet committed to the database. It is written synchronously on every
 * change (see db/journal.ts) and replayed into the stored answer by the next
 * page or another tab when the page that wrote it is gone.
 *
 * This module holds the entry's schema, used where an entry is read back
 * (db/journal.ts loads it then, not with the first screen); journal-merge.ts
 * decides how an entry meets the stored answer, and is re-exported here.
 */
import { z } from 'zod';
import { Answer, AnswerValue } from './assessment';

const timestamp = z.number().int().min(0).max(8.64e15);

const choiceSchema = z.strictObject({
	value: AnswerValue.nullable(),
	at: timestamp
});
const textSchema = z.strictObject({
	comment: z.string(),
	evidence: z.array(z.string()),
	baseComment: z.string(),
	baseEvidence: z.array(z.string()),
	/** text of this page's save in flight: it may have committed without the page learning of it */
	sent: z.strictObject({ comment: z.string(), evidence: z.array(z.string()) }).optional(),
	at: timestamp
});

/** A level chosen (or cleared: null) at `at`. */
export type Choice = z.infer<typeof choiceSchema>;

/**
 * Typed comment and evidence, started from the stored text `baseComment` /
 * `baseEvidence` — what the person saw before typing.
 */
export type TextChange = z.infer<typeof textSchema>;

export const JournalEntry = z.strictObject({
	assessmentId: Answer.shape.assessmentId,
	questionId: Answer.shape.questionId,
	/** whose answer: a respondent's; absent = the consensus (as in every entry written before v2) */
	respondentId: Answer.shape.assessmentId.optional(),
	choice: choiceSchema.optional(),
	text: textSchema.optional()
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export {
	applyJournalEntry,
	choiceApplies,
	isEmptyEntry,
	levelChosenAt,
	textOutcome
} from './journal-merge';
