/** Next steps are pure analysis: they live in domain/next-steps.ts (re-exported for old imports). */
export {
	STRONG_SCORE,
	suggestNextSteps,
	type NextStep,
	type NextSteps
} from '$lib/domain/next-steps';
