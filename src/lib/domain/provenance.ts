/**
 * What an element heading shows as ours, in the language it is read in. An
 * element without provenance claims nothing, so its title and subtitle count
 * as ours. (Item titles carry their own provenance; descriptions are always ours.)
 */
import type { Element, Locale } from './framework';

export type ElementMark = 'titleOurs' | 'titleTranslated' | 'subtitleOurs' | 'subtitleTranslated';

export function elementMarks(element: Pick<Element, 'provenance'>, locale: Locale): ElementMark[] {
	const p = element.provenance ?? {
		title: 'ours',
		titlePl: 'proposed',
		subtitle: 'ours',
		subtitlePl: 'proposed'
	};
	const marks: ElementMark[] = [];
	const mark = (
		en: 'verified' | 'ours',
		pl: 'official' | 'proposed',
		part: 'title' | 'subtitle'
	) => {
		if (en === 'ours') marks.push(`${part}Ours`);
		else if (locale === 'pl' && pl === 'proposed') marks.push(`${part}Translated`);
	};
	mark(p.title, p.titlePl, 'title');
	mark(p.subtitle, p.subtitlePl, 'subtitle');
	return marks;
}
