/**
 * The compare page's address: read on navigation, written back as the
 * selection changes (CompareView).
 */

/** What the compare page's address holds: `?ids=a,b,c&anon=1&team=a`. */
export interface Selection {
	ids: string[];
	anonymise: boolean;
	/** the assessments whose respondents are shown as series too */
	team?: string[];
}

function idList(value: string | null): string[] {
	return [...new Set((value ?? '').split(',').map((s) => s.trim()))].filter(Boolean);
}

export function parseSelection(params: URLSearchParams): Selection {
	return {
		ids: idList(params.get('ids')),
		anonymise: params.get('anon') === '1',
		team: idList(params.get('team'))
	};
}

/** The address of a selection (commas left readable). */
export function selectionHref({ ids, anonymise, team = [] }: Selection): string {
	const params = new URLSearchParams();
	if (ids.length) params.set('ids', ids.join(','));
	if (anonymise) params.set('anon', '1');
	const withTeam = team.filter((id) => ids.includes(id));
	if (withTeam.length) params.set('team', withTeam.join(','));
	const qs = params.toString().replaceAll('%2C', ',');
	return `/compare${qs ? `?${qs}` : ''}`;
}
