import { describe, expect, it } from 'vitest';
import { defaultFramework } from './bundled';
import type { AnswerValue } from './framework';
import { allQuestions } from './framework-tree';
import {
	anonymousLabel,
	anonymousOrder,
	changeOverTime,
	diffScores,
	orderForDisplay,
	seriesLabels,
	type Subject
} from './compare';
import { scoreAssessment } from './scoring';

const questions = allQuestions(defaultFramework).map((x) => x.question.id);
const answersAt = (level: AnswerValue, only?: (id: string) => boolean) =>
	questions.filter((id) => !only || only(id)).map((questionId) => ({ questionId, value: level }));

describe('anonymousLabel', () => {
	it('counts A…Z, then AA, AB…', () => {
		expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(anonymousLabel)).toEqual([
			'A',
			'B',
			'Z',
			'AA',
			'AB',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
	});
	it('rejects negative or fractional indexes', () => {
		expect(() => anonymousLabel(-1)).toThrow(RangeError);
		expect(() => anonymousLabel(1.5)).toThrow(RangeError);
	});
});

describe('seriesLabels', () => {
	const subjects: Subject[] = [
		{ assessmentId: 'a1', cityId: 'c-w', cityName: 'Wrocław', assessmentLabel: 'Wrocław 2023' },
		{ assessmentId: 'a2', cityId: 'c-g', cityName: 'Gdańsk', assessmentLabel: 'Spring' },
		{ assessmentId: 'a3', cityId: 'c-w', cityName: 'Wrocław', assessmentLabel: 'Wrocław 2025' }
	];
	it('names city and assessment when not anonymised', () => {
		const l = seriesLabels(subjects, { anonymise: false });
		expect(l.get('a2')).toEqual({
			label: 'Gdańsk — Spring',
			display: 'Gdańsk — Spring',
			city: 'Gdańsk',
			assessment: 'Spring'
		});
	});
	it('isolates each typed part of the label shown on screen', () => {
		const l = seriesLabels(
			[{ assessmentId: 'x', cityId: 'c', cityName: 'City \u202Eevil', assessmentLabel: '2026' }],
			{ anonymise: false }
		);
		expect(l.get('x')).toMatchObject({
			label: 'City \u202Eevil — 2026',
			display: '\u2068City \u202Eevil\u2069 — 2026'
		});
	});
	it('replaces cities by letters in the given order and hides assessment labels', () => {
		const l = seriesLabels(subjects, { anonymise: true });
		expect(l.get('a1')!.label).toBe('A · 1');
		expect(l.get('a2')!.label).toBe('B');
		expect(l.get('a3')!.label).toBe('A · 2');
		const text = JSON.stringify([...l.values()]);
		expect(text).not.toMatch(/Wrocław|Gdańsk|Spring|2023|2025/);
	});
});

describe('diffScores', () => {
	it('reports gains and losses per element and item, from rounded scores', () => {
		// before: level 2 everywhere (50); after: foundations at 4 (100), tools at 1 (25)
		const before = scoreAssessment(defaultFramework, answersAt(2));
		const after = scoreAssessment(defaultFramework, [
			...answersAt(4, (id) => id.startsWith('F')),
			...answersAt(2, (id) => id.startsWith('S')),
			...answersAt(1, (id) => id.startsWith('T'))
		]);
		const d = diffScores(before, after);
		expect(d.elements.map((e) => [e.id, e.before, e.after, e.delta])).toEqual([
			['foundations', 50, 100, 50],
			['structures', 50, 50, 0],
			['tools', 50, 25, -25]
		]);
		expect(d.gains.map((g) => g.id)).toEqual(['F1', 'F2', 'F3', 'F4']);
		expect(d.losses.map((g) => g.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
		// overall: (100 + 50 + 25) / 3 = 58.33 → 58; 58 − 50 = 8
		expect(d.overall.delta).toBe(8);
		expect(d.overall.after).toBeCloseTo(175 / 3, 10);
	});

	it('has no delta where either side has no score', () => {
		const before = scoreAssessment(
			defaultFramework,
			answersAt(2, (id) => id.startsWith('F'))
		);
		const after = scoreAssessment(defaultFramework, answersAt(3));
		const d = diffScores(before, after);
		expect(d.elements.find((e) => e.id === 'tools')!.delta).toBeNull();
		expect(d.items.find((i) => i.id === 'T1')).toMatchObject({
			before: null,
			after: 75,
			delta: null
		});
		expect(d.gains.map((g) => g.id)).toEqual(['F1', 'F2', 'F3', 'F4']);
		expect(d.items.find((i) => i.id === 'F1')!.coverageBefore).toBe(1);
		expect(d.items.find((i) => i.id === 'T1')!.coverageBefore).toBe(0);
	});

	it('keeps the sign consistent with the rounded display', () => {
		// 1 of 3 questions at level 1 then 2 at level 1 and one at 2 → 25 vs 33.33
		const before = scoreAssessment(defaultFramework, [{ questionId: 'F1.1', value: 1 }]);
		const after = scoreAssessment(defaultFramework, [
			{ questionId: 'F1.1', value: 1 },
			{ questionId: 'F1.2', value: 1 },
			{ questionId: 'F1.3', value: 2 }
		]);
		const f1 = diffScores(before, after).items.find((i) => i.id === 'F1')!;
		expect(f1.delta).toBe(33 - 25);
	});
});

describe('anonymousOrder', () => {
	it('keeps cities together, keeps the given order within a city, ignores names', () => {
		const s = [
			{ cityId: 'city-aaaaaa', name: 'Aachen', n: 1 },
			{ cityId: 'city-zzzzzz', name: 'Zagreb', n: 1 },
			{ cityId: 'city-aaaaaa', name: 'Aachen', n: 2 },
			{ cityId: 'city-mmmmmm', name: 'Malmö', n: 1 }
		];
		const out = anonymousOrder(s);
		expect(out).toHaveLength(4);
		const aachen = out.filter((x) => x.cityId === 'city-aaaaaa').map((x) => x.n);
		expect(aachen).toEqual([1, 2]);
		const firstA = out.findIndex((x) => x.cityId === 'city-aaaaaa');
		expect(out[firstA + 1]!.cityId).toBe('city-aaaaaa');
		// the same input in another order gives the same city order
		const again = anonymousOrder([s[3]!, s[2]!, s[1]!, s[0]!]).map((x) => x.cityId);
		expect([...new Set(again)]).toEqual([...new Set(out.map((x) => x.cityId))]);
	});
});

describe('orderForDisplay and changeOverTime', () => {
	const entry = (id: string, cityId: string, city: string | undefined, createdAt: number) => ({
		assessment: { id, cityId, label: `${city ?? 'gone'} ${createdAt}`, createdAt },
		city: city === undefined ? undefined : { name: city },
		score: id
	});
	const entries = [
		entry('w2', 'c-w', 'Wrocław', 2025),
		entry('l1', 'c-l', 'Łódź', 2025),
		entry('w1', 'c-w', 'Wrocław', 2023),
		entry('g1', 'c-g', 'Gdańsk', 2024)
	];

	it('orders by city name, then oldest first, named "City — label"', () => {
		const shown = orderForDisplay(entries, false);
		expect(shown.map((e) => e.assessment.id)).toEqual(['g1', 'l1', 'w1', 'w2']);
		expect(shown[0]!.name.label).toBe('Gdańsk — Gdańsk 2024');
		expect(shown[0]!.score).toBe('g1');
	});

	it('anonymised: letters in the anonymous order, numbers within a city, no names', () => {
		const shown = orderForDisplay(entries, true);
		const cities = [...new Set(shown.map((e) => e.assessment.cityId))];
		expect(cities).toEqual([
			...new Set(
				anonymousOrder(entries.map((e) => ({ cityId: e.assessment.cityId }))).map((e) => e.cityId)
			)
		]);
		const w = shown.filter((e) => e.assessment.cityId === 'c-w');
		expect(w.map((e) => [e.assessment.id, e.name.assessment])).toEqual([
			['w1', '1'],
			['w2', '2']
		]);
		for (const e of shown) expect(e.name.label).not.toMatch(/Wrocław|Łódź|Gdańsk|20\d\d/);
	});

	it('names a city no longer on the device "?"', () => {
		expect(orderForDisplay([entry('x', 'c-x', undefined, 1)], false)[0]!.name.city).toBe('?');
	});

	it('groups cities with two or more assessments, oldest first', () => {
		const over = changeOverTime(orderForDisplay(entries, false));
		expect(over).toEqual([
			{
				cityId: 'c-w',
				city: 'Wrocław',
				options: [
					{ id: 'w1', label: expect.stringContaining('2023'), score: 'w1' },
					{ id: 'w2', label: expect.stringContaining('2025'), score: 'w2' }
				]
			}
		]);
		expect(changeOverTime(orderForDisplay(entries, true))[0]!.city).toMatch(/^[A-C]$/);
	});
});
