/** Team self-assessment: respondents, their answers, spread and disagreement. */
export * from './respondent';
export * from './spread';
export * from './analysis';
export * from './overlay';
