import { describe, expect, it } from 'vitest';
import type { Assessment, City } from './assessment';
import { EMPTY_QUERY, filterCities, yearsOf } from './city-list';
import type { CityOverview } from './overview';

function entry(
	name: string,
	assessments: { label: string; year: number; answered?: number; complete?: boolean }[]
): CityOverview {
	const city = { id: name, name, country: '', notes: '', createdAt: 1, updatedAt: 1 } as City;
	return {
		city,
		assessments: assessments.map((a, i) => ({
			assessment: {
				id: `${name}-${i}`,
				cityId: name,
				label: a.label,
				status: a.complete ? 'complete' : 'draft',
				createdAt: new Date(a.year, 5, 1).getTime()
			} as Assessment,
			answered: a.answered ?? 0,
			rows: a.answered ?? 0
		}))
	};
}

const cities = [
	entry('Łódź', [{ label: 'Baseline 2025', year: 2025, answered: 42, complete: true }]),
	entry('Gdańsk', [
		{ label: 'Baseline 2024', year: 2024, answered: 10 },
		{ label: 'Review 2026', year: 2026 }
	]),
	entry('Kraków', []),
	entry('Lublin', [{ label: 'Audit', year: 2026, answered: 30 }])
];
const names = (list: CityOverview[]) => list.map((c) => c.city.name);

describe('filterCities', () => {
	it('sorts by name by default, keeping every city', () => {
		expect(names(filterCities(cities, EMPTY_QUERY))).toEqual(
			['Gdańsk', 'Kraków', 'Łódź', 'Lublin'].sort(new Intl.Collator().compare)
		);
	});

	it('finds a city by its name without diacritics, with all its assessments', () => {
		const r = filterCities(cities, { ...EMPTY_QUERY, search: 'lodz' });
		expect(names(r)).toEqual(['Łódź']);
	});

	it('finds assessments by label and keeps only the matching ones', () => {
		const r = filterCities(cities, { ...EMPTY_QUERY, search: 'review' });
		expect(names(r)).toEqual(['Gdańsk']);
		expect(r[0]!.assessments.map((s) => s.assessment.label)).toEqual(['Review 2026']);
	});

	it('filters by year and by completion, leaving out cities with nothing left', () => {
		expect(names(filterCities(cities, { ...EMPTY_QUERY, year: 2026 }))).toEqual([
			'Gdańsk',
			'Lublin'
		]);
		expect(names(filterCities(cities, { ...EMPTY_QUERY, completion: 'complete' }))).toEqual([
			'Łódź'
		]);
		expect(names(filterCities(cities, { ...EMPTY_QUERY, completion: 'notStarted' }))).toEqual([
			'Gdańsk'
		]);
		expect(filterCities(cities, { ...EMPTY_QUERY, search: 'nowhere' })).toEqual([]);
	});

	it('sorts by label, year (newest first) and completion (most first)', () => {
		expect(names(filterCities(cities, { ...EMPTY_QUERY, sort: 'label' }))).toEqual([
			'Lublin',
			'Gdańsk',
			'Łódź',
			'Kraków'
		]);
		expect(names(filterCities(cities, { ...EMPTY_QUERY, sort: 'year' }))).toEqual([
			'Gdańsk',
			'Lublin',
			'Łódź',
			'Kraków'
		]);
		expect(names(filterCities(cities, { ...EMPTY_QUERY, sort: 'completion' }, () => 42))).toEqual([
			'Łódź',
			'Lublin',
			'Gdańsk',
			'Kraków'
		]);
	});

	it('lists the years, newest first', () => {
		expect(yearsOf(cities)).toEqual([2026, 2025, 2024]);
	});
});
