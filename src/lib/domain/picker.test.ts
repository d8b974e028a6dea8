import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment';
import type { CityOverview } from './overview';
import { ALL, findRows, pickerRows, yearsOf } from './picker';

const assessment = (id: string, cityId: string, label: string, year: number): Assessment => ({
	id,
	cityId,
	frameworkId: 'fra-hrc',
	frameworkVersion: '1.0.0',
	label,
	status: 'draft',
	participants: '',
	createdAt: Date.UTC(year, 5, 1),
	updatedAt: 0
});
const city = (id: string, name: string) => ({
	id,
	name,
	country: '',
	notes: '',
	createdAt: 0,
	updatedAt: 0
});

const catalog: CityOverview[] = [
	{
		city: city('k', 'Kraków'),
		assessments: [
			{ assessment: assessment('k1', 'k', 'Baseline', 2024), answered: 42, rows: 42 },
			{ assessment: assessment('k2', 'k', 'Follow-up', 2025), answered: 10, rows: 10 }
		]
	},
	{
		city: city('l', 'Łódź'),
		assessments: [{ assessment: assessment('l1', 'l', 'Wiosna', 2025), answered: 0, rows: 0 }]
	},
	{
		city: city('a', 'Gdańsk'),
		assessments: [{ assessment: assessment('a1', 'a', 'Zima', 2023), answered: 21, rows: 21 }]
	}
];
const rows = pickerRows(catalog, () => 42);
const ids = (q: Partial<typeof ALL>) => findRows(rows, { ...ALL, ...q }).map((r) => r.id);

describe('the compare picker: search, filter, sort', () => {
	it('searches city and label, every word, ignoring diacritics', () => {
		expect(ids({ search: 'lodz' })).toEqual(['l1']);
		expect(ids({ search: 'krak follow' })).toEqual(['k2']);
		expect(ids({ search: 'zima' })).toEqual(['a1']);
		expect(ids({ search: 'nowhere' })).toEqual([]);
	});

	it('filters by year and completion', () => {
		expect(yearsOf(rows)).toEqual([2025, 2024, 2023]);
		expect(ids({ year: 2025 })).toEqual(['k2', 'l1']);
		expect(ids({ completion: 'complete' })).toEqual(['k1']);
		expect(ids({ completion: 'partial' })).toEqual(['a1', 'k2']);
		expect(ids({ completion: 'empty' })).toEqual(['l1']);
	});

	it('sorts by city name, label, year (newest first) and completion (most first)', () => {
		expect(ids({})).toEqual(['a1', 'k1', 'k2', 'l1']);
		expect(ids({ sort: 'label' })).toEqual(['k1', 'k2', 'l1', 'a1']);
		expect(ids({ sort: 'year' })).toEqual(['k2', 'l1', 'k1', 'a1']);
		expect(ids({ sort: 'completion' })).toEqual(['k1', 'a1', 'k2', 'l1']);
	});

	it('treats an unknown question count as partly answered, never complete', () => {
		const unknown = pickerRows(catalog, () => undefined);
		expect(unknown.find((r) => r.id === 'k1')).toMatchObject({ completion: 'partial', share: 0 });
		expect(unknown.find((r) => r.id === 'l1')!.completion).toBe('empty');
	});

	it('finds one among 200 assessments', () => {
		const many: CityOverview[] = Array.from({ length: 100 }, (_, c) => ({
			city: city(`c${c}`, `City ${c}`),
			assessments: [0, 1].map((k) => ({
				assessment: assessment(`c${c}-${k}`, `c${c}`, `Round ${k + 1}`, 2023 + k),
				answered: (c * 7 + k) % 43,
				rows: 0
			}))
		}));
		const r = pickerRows(many, () => 42);
		expect(r).toHaveLength(200);
		expect(findRows(r, { ...ALL, search: 'city 17 round 2' }).map((x) => x.id)).toEqual(['c17-1']);
		expect(findRows(r, { ...ALL, year: 2024, sort: 'completion' })).toHaveLength(100);
	});
});
