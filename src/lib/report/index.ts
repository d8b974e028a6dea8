/** PDF reports: pure builders shared by the browser worker and the command line. */
export { buildAssessmentReport } from './assessment-report';
export { buildComparisonReport } from './comparison-report';
export { suggestNextSteps, type NextStep } from '$lib/domain/next-steps';
export type * from './types';
