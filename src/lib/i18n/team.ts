/** How a respondent is named in the UI: their name (and department), or "Respondent A" when anonymous or hidden. */
import { respondentLetter, type Respondent } from '$lib/domain/team';
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
