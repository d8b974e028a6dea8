/** Choosing one assessment among many: the city first above MANY (the export and framework panels). */
import { describe, expect, it } from 'vitest';
import { CityFirst, MANY, type CityAssessment } from './city-first.svelte';

/** `n` assessments over `cities` cities, in city order: c0-a0, c0-a1, … */
function list(n: number, cities: number): CityAssessment[] {
	const per = Math.ceil(n / cities);
	return Array.from({ length: n }, (_, i) => {
		const c = Math.floor(i / per);
		return { city: { id: `c${c}`, name: `City ${c}` }, assessment: { id: `c${c}-a${i % per}` } };
	});
}

describe('CityFirst', () => {
	it('offers every assessment in one step up to MANY', () => {
		const all = list(MANY, 4);
		const pick = new CityFirst(() => all);
		expect(pick.stepwise).toBe(false);
		expect(pick.cities).toEqual([]);
		expect(pick.choices).toBe(all);
		expect(pick.selected).toBe(all[0]);
		pick.assessmentId = 'c2-a3';
		expect(pick.selected?.assessment.id).toBe('c2-a3');
		expect(pick.choices).toBe(all);
	});

	it('above MANY, offers the cities (in the list order, once each) and the chosen city’s assessments', () => {
		const all = list(MANY + 1, 3);
		const pick = new CityFirst(() => all);
		expect(pick.stepwise).toBe(true);
		expect(pick.cities.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
		// nothing chosen: the first assessment, among its city's
		expect(pick.selected).toBe(all[0]);
		expect(pick.choices.every((m) => m.city.id === 'c0')).toBe(true);
		expect(pick.choices).toHaveLength(34);

		pick.assessmentId = 'c0-a5';
		pick.chooseCity('c2');
		// a city chosen: its first assessment, the one chosen before forgotten
		expect(pick.assessmentId).toBe('');
		expect(pick.selected?.assessment.id).toBe('c2-a0');
		expect(pick.choices.map((m) => m.city.id)).toEqual(Array(33).fill('c2'));

		pick.assessmentId = 'c2-a7';
		expect(pick.selected?.assessment.id).toBe('c2-a7');
		// an assessment chosen in another city (its select names it) takes its city's choices
		pick.assessmentId = 'c1-a1';
		expect(pick.choices.every((m) => m.city.id === 'c1')).toBe(true);
	});

	it('an assessment no longer in the list: the chosen city’s first, else the first', () => {
		const all = list(MANY + 1, 3);
		const pick = new CityFirst(() => all);
		pick.assessmentId = 'gone';
		expect(pick.selected).toBe(all[0]);
		pick.chooseCity('c1');
		pick.assessmentId = 'gone';
		expect(pick.selected?.assessment.id).toBe('c1-a0');
	});

	it('nothing to choose from', () => {
		const pick = new CityFirst(() => []);
		expect(pick.selected).toBeUndefined();
		expect(pick.choices).toEqual([]);
	});
});
