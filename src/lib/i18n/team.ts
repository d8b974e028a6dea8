/** How a respondent is named in the UI: their name (and department), or "Respondent A" when anonymous or hidden. */
import { respondentLetter, teamPosition, type Respondent } from '$lib/domain/team';
import { t } from './locale.svelte';

/**
 * `index`: the respondent's position in the team (for the letter).
 * `anonymised`: always "Respondent A, B…", whatever names were given.
 */
export function respondentName(
	r: Pick<Respondent, 'name' | 'department'>,
	index: number,
	anonymised = false
): string {
	const letter = t('team.respondent', { letter: respondentLetter(index) });
	if (anonymised || !r.name) return letter;
	return r.department ? t('team.respondentIn', { name: r.name, department: r.department }) : r.name;
}

/**
 * A respondent named outside the team view (a response file being imported):
 * their name, else the letter of the position they have or will have in
 * `team` (as in the team view), else — `team` unknown — a neutral "a
 * respondent without a name", never a letter they may not have.
 */
export function respondentNameIn(
	r: Pick<Respondent, 'id' | 'createdAt' | 'name' | 'department'>,
	team: readonly Pick<Respondent, 'id' | 'createdAt'>[] | undefined
): string {
	const index = teamPosition(r, team);
	if (r.name || index >= 0) return respondentName(r, Math.max(index, 0));
	return t('teamFiles.unnamed');
}
