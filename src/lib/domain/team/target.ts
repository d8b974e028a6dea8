/**
 * Respondents without their schemas (no zod here: the pages that show a team,
 * and the save path, load the schemas only where data is checked): whose
 * answers an editor writes, the team's order and letters, the limits.
 */
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

/** At most this many respondents per assessment. */
export const RESPONDENTS_MAX = 100;

/** What a person types for a respondent; both fields optional. */
export interface RespondentFields {
	name?: string;
	department?: string;
}

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
