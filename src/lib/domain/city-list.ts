/**
 * The home page's list of cities for a busy facilitator: search (city name,
 * assessment label), filter (year, completion) and sort (name, label, year,
 * completion). Pure: derived from the overview already in memory, so typing
 * in the search box never queries the database.
 */
import type { AssessmentSummary, CityOverview } from './overview';
import { fold } from './text';

export type Completion = 'all' | 'notStarted' | 'inProgress' | 'complete';
export type SortKey = 'name' | 'label' | 'year' | 'completion';

export interface ListQuery {
	search: string;
	/** the year an assessment was started; undefined for any year */
	year: number | undefined;
	completion: Completion;
	sort: SortKey;
}

/** A listed city: `assessmentCount` says how many it has when only some are listed. */
export type ListedCity = CityOverview & { assessmentCount?: number };

export const EMPTY_QUERY: ListQuery = {
	search: '',
	year: undefined,
	completion: 'all',
	sort: 'name'
};

/** The year an assessment was started (local calendar). */
export function assessmentYear(s: AssessmentSummary): number {
	return new Date(s.assessment.createdAt).getFullYear();
}

/** Answered share 0–1; `total` is the number of questions of its framework (unknown: 0). */
export function completionRatio(s: AssessmentSummary, total: number | undefined): number {
	if (s.assessment.status === 'complete') return 1;
	return total ? Math.min(1, s.answered / total) : 0;
}

export function completionOf(s: AssessmentSummary): Exclude<Completion, 'all'> {
	if (s.assessment.status === 'complete') return 'complete';
	return s.answered > 0 ? 'inProgress' : 'notStarted';
}

/** Every year an assessment on the device was started, newest first. */
export function yearsOf(cities: CityOverview[]): number[] {
	const years = new Set<number>();
	for (const c of cities) for (const s of c.assessments) years.add(assessmentYear(s));
	return [...years].sort((a, b) => b - a);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The cities to show, each with the assessments that match: a city whose name
 * matches the search keeps every assessment that passes the filters; otherwise
 * only assessments whose label matches. With a year or completion filter, a
 * city without a matching assessment is left out.
 */
export function filterCities(
	cities: CityOverview[],
	query: ListQuery,
	totalOf: (s: AssessmentSummary) => number | undefined = () => undefined
): ListedCity[] {
	const needle = fold(query.search.trim());
	const filtering = query.year !== undefined || query.completion !== 'all';
	const out: ListedCity[] = [];
	for (const c of cities) {
		const nameHit = needle === '' || fold(c.city.name).includes(needle);
		const assessments = c.assessments.filter(
			(s) =>
				(nameHit || fold(s.assessment.label).includes(needle)) &&
				(query.year === undefined || assessmentYear(s) === query.year) &&
				(query.completion === 'all' || completionOf(s) === query.completion)
		);
		if (assessments.length > 0 || (nameHit && !filtering))
			out.push(
				assessments.length === c.assessments.length
					? c
					: { ...c, assessments, assessmentCount: c.assessments.length }
			);
	}
	const best = (c: CityOverview, f: (s: AssessmentSummary) => number) =>
		c.assessments.reduce((m, s) => Math.max(m, f(s)), -1);
	// the alphabetically first label of a city's (matching) assessments
	const firstLabel = (c: CityOverview) =>
		c.assessments
			.map((s) => s.assessment.label)
			.reduce<string | undefined>(
				(m, l) => (m === undefined || collator.compare(l, m) < 0 ? l : m),
				undefined
			);
	const byName = (a: CityOverview, b: CityOverview) => collator.compare(a.city.name, b.city.name);
	const compare: Record<SortKey, (a: CityOverview, b: CityOverview) => number> = {
		name: byName,
		label: (a, b) => {
			const la = firstLabel(a);
			const lb = firstLabel(b);
			// cities without an assessment last
			if (la === undefined || lb === undefined)
				return la === lb ? byName(a, b) : la === undefined ? 1 : -1;
			return collator.compare(la, lb) || byName(a, b);
		},
		year: (a, b) => best(b, assessmentYear) - best(a, assessmentYear) || byName(a, b),
		completion: (a, b) =>
			best(b, (s) => completionRatio(s, totalOf(s))) -
				best(a, (s) => completionRatio(s, totalOf(s))) || byName(a, b)
	};
	return out.sort(compare[query.sort]);
}
