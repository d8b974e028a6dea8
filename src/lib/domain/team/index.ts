/**
 * Team self-assessment: respondents, their answers, spread and disagreement.
 * No zod: the respondent schemas are types here; code that checks records
 * imports them from ./respondent (or loads them through db/schemas.ts).
 */
export type { Respondent, RespondentAnswer } from './respondent';
export * from './target';
export * from './spread';
export * from './analysis';
export * from './overlay';
