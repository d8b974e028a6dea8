/** Whose answers an editor writes (no zod here: the save path loads schemas lazily). */
import type { Respondent } from './respondent';

/**
 * Whose answers an editor writes: the team's consensus (the assessment's
 * answers) or one respondent's.
 */
export type AnswerTarget = { kind: 'consensus' } | { kind: 'respondent'; respondentId: string };

export const CONSENSUS: AnswerTarget = { kind: 'consensus' };

export function respondentTarget(respondentId: string): AnswerTarget {
	return { kind: 'respondent', respondentId };
}

/** The respondent id of a target, undefined for the consensus. */
export function respondentOf(target: AnswerTarget | undefined): string | undefined {
	return target?.kind === 'respondent' ? target.respondentId : undefined;
}

/** Respondents in a stable order: by creation time, then id. */
export function sortRespondents<T extends Pick<Respondent, 'id' | 'createdAt'>>(list: T[]): T[] {
	return [...list].sort((a, b) =>
		a.createdAt !== b.createdAt ? a.createdAt - b.createdAt : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
	);
}
