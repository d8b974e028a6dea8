/**
 * Finding assessments among many (a facilitator with 200 on the device): one
 * row per assessment with what the compare picker searches, filters and sorts
 * by. Pure; the rows are built once per change of the data, the search text
 * of each row folded once (at the first search), so filtering on each key
 * press is cheap.
 */
import type { CityOverview } from './overview';
import type { Assessment } from './assessment';
import { fold } from './text';

export type Completion = 'complete' | 'partial' | 'empty';
export type PickerSort = 'name' | 'label' | 'year' | 'completion';

export interface PickerRow {
	id: string;
	cityName: string;
	label: string;
	createdAt: number;
	year: number;
	answered: number;
	/** questions of its framework; undefined while unknown */
	total: number | undefined;
	completion: Completion;
	/** answered / total, 0–1 (0 when unknown) */
	share: number;
}

export interface PickerQuery {
	search: string;
	/** a year, or undefined for all */
	year: number | undefined;
	completion: Completion | undefined;
	sort: PickerSort;
}

export const ALL: PickerQuery = {
	search: '',
	year: undefined,
	completion: undefined,
	sort: 'name'
};

export function pickerRows(
	catalog: CityOverview[],
	total: (a: Assessment) => number | undefined
): PickerRow[] {
	return catalog.flatMap((c) =>
		c.assessments.map(({ assessment: a, answered }) => {
			const t = total(a);
			const share = t ? Math.min(1, answered / t) : 0;
			return {
				id: a.id,
				cityName: c.city.name,
				label: a.label,
				createdAt: a.createdAt,
				year: new Date(a.createdAt).getFullYear(),
				answered,
				total: t,
				completion:
					answered === 0 ? 'empty' : t !== undefined && answered >= t ? 'complete' : 'partial',
				share
			};
		})
	);
}

/** The years there are, newest first. */
export function yearsOf(rows: PickerRow[]): number[] {
	return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}

/**
 * Each row's city and label, folded for searching: on the first search, not
 * when the rows are built (folding 1,786 rows was about 40–100 ms of the
 * compare page's first task at 4× CPU, for a search most visits never make).
 */
const folded = new WeakMap<PickerRow, string>();
function searchText(r: PickerRow): string {
	let text = folded.get(r);
	if (text === undefined) {
		text = fold(`${r.cityName} ${r.label}`);
		folded.set(r, text);
	}
	return text;
}

/** The rows matching the query (every search word, in city or label), sorted. */
export function findRows(rows: PickerRow[], q: PickerQuery, locale = 'en'): PickerRow[] {
	const words = fold(q.search).split(' ').filter(Boolean);
	const kept = rows.filter(
		(r) =>
			(q.year === undefined || r.year === q.year) &&
			(q.completion === undefined || r.completion === q.completion) &&
			words.every((w) => searchText(r).includes(w))
	);
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	const byName = (a: PickerRow, b: PickerRow) =>
		collator.compare(a.cityName, b.cityName) || a.createdAt - b.createdAt;
	const order: Record<PickerSort, (a: PickerRow, b: PickerRow) => number> = {
		name: byName,
		label: (a, b) => collator.compare(a.label, b.label) || byName(a, b),
		year: (a, b) => b.createdAt - a.createdAt || byName(a, b),
		completion: (a, b) => b.share - a.share || b.answered - a.answered || byName(a, b)
	};
	return kept.sort(order[q.sort]);
}
