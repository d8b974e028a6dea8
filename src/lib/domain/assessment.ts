/**
 * Cities, assessments and answers: the records a user creates.
 * These zod schemas are the single source of truth for what is stored in
 * IndexedDB and what goes into an export file.
 */
import { z } from 'zod';
import {
	COMMENT_MAX,
	EVIDENCE_MAX,
	EVIDENCE_MAX_ITEMS,
	LEVELS,
	NAME_MAX,
	NOTES_MAX,
	SPECIAL_ANSWERS
} from './constants';
import './framework'; // its zod settings (jitless) apply before any schema here is built
import { isBlankName } from './text';

export { COMMENT_MAX, EVIDENCE_MAX, EVIDENCE_MAX_ITEMS, NAME_MAX, NOTES_MAX };
export { byAssessment, isAnswered, mergeEvidence, mergeText, newId } from './records';

const uid = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'not a valid id');
const timestamp = z.number().int().min(0).max(8.64e15);

/**
 * A city name or assessment label: NFC, trimmed, 1–120 characters. A name of
 * only invisible characters (U+200B, U+2060…) counts as empty, with the same
 * issue as an empty one.
 */
const name = z
	.string()
	.normalize('NFC')
	.trim()
	.min(1)
	.max(NAME_MAX)
	.check((ctx) => {
		if (ctx.value !== '' && isBlankName(ctx.value))
			ctx.issues.push({
				code: 'too_small',
				origin: 'string',
				minimum: 1,
				inclusive: true,
				input: ctx.value
			});
	});

export const City = z.strictObject({
	id: uid,
	name,
	country: z.string().trim().max(NAME_MAX).default(''),
	notes: z.string().max(NOTES_MAX).default(''),
	createdAt: timestamp,
	updatedAt: timestamp
});
export type City = z.infer<typeof City>;

/** What a person types for a city (the form's fields); cleaned and checked when saved. */
export interface CityFields {
	name: string;
	country?: string;
	notes?: string;
}

export const AssessmentStatus = z.enum(['draft', 'complete']);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

export const Assessment = z.strictObject({
	id: uid,
	cityId: uid,
	frameworkId: z.string().min(1).max(64),
	frameworkVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
	label: name,
	status: AssessmentStatus,
	participants: z.string().max(NOTES_MAX).default(''),
	createdAt: timestamp,
	updatedAt: timestamp
});
export type Assessment = z.infer<typeof Assessment>;

/** What a person types for an assessment (the form's fields); cleaned and checked when saved. */
export interface AssessmentFields {
	label: string;
	participants?: string;
}

export const AnswerValue = z.union([
	...LEVELS.map((l) => z.literal(l)),
	...SPECIAL_ANSWERS.map((s) => z.literal(s))
]);

export const Answer = z.strictObject({
	assessmentId: uid,
	questionId: z.string().min(1).max(64),
	/** null = not answered yet (a comment may exist without a level) */
	value: AnswerValue.nullable(),
	comment: z.string().max(COMMENT_MAX).default(''),
	evidence: z.array(z.string().trim().min(1).max(EVIDENCE_MAX)).max(EVIDENCE_MAX_ITEMS).default([]),
	updatedAt: timestamp,
	/**
	 * when the level was chosen (device clock); decides which of two windows'
	 * choices is the later one. Absent in older files: updatedAt stands in.
	 */
	valueAt: timestamp.optional(),
	/** revision counter, bumped by every write; used to detect concurrent edits */
	rev: z.number().int().min(0).default(0)
});
export type Answer = z.infer<typeof Answer>;
