/**
 * The plain values the schemas are built on: languages, answer values and
 * the limits of what a person types. No zod here, so that the first screen
 * can use them without loading the schemas (they are loaded where data is
 * checked: db/ imports them when it writes). framework.ts and assessment.ts
 * re-export them.
 */

export const LOCALES = ['en', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

/** Answer values: maturity levels 0–4, plus two answers that never count against a city. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const SPECIAL_ANSWERS = ['na', 'dk'] as const;
export type SpecialAnswer = (typeof SPECIAL_ANSWERS)[number];
export type AnswerValue = Level | SpecialAnswer;

export const NAME_MAX = 120;
export const NOTES_MAX = 2000;
export const COMMENT_MAX = 10_000;
export const EVIDENCE_MAX_ITEMS = 20;
export const EVIDENCE_MAX = 500;
