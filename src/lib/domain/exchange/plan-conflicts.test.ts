/**
 * The import conflict policy, tested as the pure function it is: a file, a
 * snapshot of what is stored, a strategy → what is shown and what is written.
 * Here: conflicts with stored assessments (by id, by label) under each strategy, and unique labels. (The same policy through IndexedDB: db/exchange.test.ts and
 * db/bad-input.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { NAME_MAX } from '../assessment';
import { answer, assessment, city, file, plan, sameIdCase, snapshot } from './plan.test-util';

describe('planImport: an assessment with a stored id', () => {
	it('is a conflict of kind "id", shown with the stored label', () => {
		const { f, s } = sameIdCase();
		const { plan: p } = plan(f, s, 'keep');
		expect(p.conflicts).toBe(1);
		expect(p.assessments[0]!.conflict).toEqual({ kind: 'id', label: 'Baseline' });
	});

	it('keep: the stored one stays and nothing is written', () => {
		const { f, s } = sameIdCase();
		const { plan: p, writes } = plan(f, s, 'keep');
		expect(p.assessments[0]).toMatchObject({
			outcome: 'kept',
			id: 'assess01',
			finalLabel: 'Baseline'
		});
		expect(writes).toEqual({
			frameworks: [],
			citiesToPut: [],
			assessmentsToDelete: [],
			citiesToAdd: [],
			assessmentsToAdd: [],
			answersToPut: [],
			respondentsToPut: [],
			respondentAnswersToPut: []
		});
	});

	it('replace: the stored one and its answers go, the file version comes in under the same id', () => {
		const { f, s } = sameIdCase();
		const { plan: p, writes } = plan(f, s, 'replace');
		expect(p.assessments[0]).toMatchObject({ outcome: 'replaced', id: 'assess01' });
		expect(writes.assessmentsToDelete).toEqual(['assess01']);
		expect(writes.assessmentsToAdd).toEqual(f.assessments);
		expect(writes.answersToPut).toEqual(f.answers);
	});

	it('copy: a new id, and a free label when the stored one is in the same city', () => {
		const { f, s } = sameIdCase();
		const { plan: p, writes } = plan(f, s, 'copy');
		expect(p.assessments[0]).toMatchObject({
			outcome: 'copied',
			id: 'copy1',
			finalLabel: 'Baseline (2)'
		});
		expect(writes.assessmentsToDelete).toEqual([]);
		expect(writes.assessmentsToAdd).toEqual([
			{ ...f.assessments[0], id: 'copy1', label: 'Baseline (2)' }
		]);
		expect(writes.answersToPut.map((a) => [a.assessmentId, a.questionId])).toEqual([
			['copy1', 'F1.1'],
			['copy1', 'F1.2']
		]);
	});

	it('copy: a new id but the same label when the stored one is in another city', () => {
		const stored = assessment('assess01', 'cityKrk1', 'Baseline');
		const f = file({
			cities: [city('cityGdn1', 'Gdańsk')],
			assessments: [{ ...stored, cityId: 'cityGdn1' }]
		});
		const s = snapshot({ cities: [city('cityKrk1', 'Kraków')], assessments: [stored] });
		const { plan: p, writes } = plan(f, s, 'copy');
		expect(p.assessments[0]).toMatchObject({ id: 'copy1', finalLabel: 'Baseline' });
		expect(writes.citiesToAdd.map((c) => c.id)).toEqual(['cityGdn1']);
	});

	it('keep skips a new city whose every assessment was kept ("skipped"); copy and replace add it', () => {
		const stored = assessment('assess01', 'cityKrk1', 'Baseline');
		const f = file({
			cities: [city('cityGdn1', 'Gdańsk')],
			assessments: [{ ...stored, cityId: 'cityGdn1' }]
		});
		const s = snapshot({ cities: [city('cityKrk1', 'Kraków')], assessments: [stored] });
		const kept = plan(f, s, 'keep');
		expect(kept.plan.cities[0]!.match).toBe('skipped');
		expect(kept.writes.citiesToAdd).toEqual([]);
		for (const strategy of ['copy', 'replace'] as const) {
			const r = plan(f, s, strategy);
			expect(r.plan.cities[0]!.match, strategy).toBe('new');
			expect(
				r.writes.citiesToAdd.map((c) => c.id),
				strategy
			).toEqual(['cityGdn1']);
		}
	});
});

describe('planImport: an assessment with a stored label in the same city', () => {
	function labelCase(label = 'BASELINE') {
		const c = city('cityKrk1', 'Kraków');
		const stored = assessment('storedA1', 'cityKrk1', 'Baseline');
		const f = file({
			cities: [c],
			assessments: [assessment('fileAss1', 'cityKrk1', label)],
			answers: [answer('fileAss1', 'F1.1')]
		});
		return { f, s: snapshot({ cities: [c], assessments: [stored] }) };
	}

	it('is a conflict of kind "label" (compared by nameKey)', () => {
		const { f, s } = labelCase('  base\u200bline ');
		expect(plan(f, s, 'keep').plan.assessments[0]!.conflict).toEqual({
			kind: 'label',
			label: 'Baseline'
		});
	});

	it('keep points at the stored assessment', () => {
		const { f, s } = labelCase();
		const { plan: p, writes } = plan(f, s, 'keep');
		expect(p.assessments[0]).toMatchObject({
			outcome: 'kept',
			id: 'storedA1',
			finalLabel: 'Baseline'
		});
		expect(writes.assessmentsToAdd).toEqual([]);
		expect(writes.answersToPut).toEqual([]);
	});

	it('replace deletes the stored one and adds the file one under its own id', () => {
		const { f, s } = labelCase();
		const { plan: p, writes } = plan(f, s, 'replace');
		expect(p.assessments[0]).toMatchObject({ outcome: 'replaced', id: 'fileAss1' });
		expect(writes.assessmentsToDelete).toEqual(['storedA1']);
		expect(writes.assessmentsToAdd.map((a) => a.id)).toEqual(['fileAss1']);
	});

	it('copy keeps the id (it is free) and makes the label unique', () => {
		const { f, s } = labelCase();
		const { plan: p, writes } = plan(f, s, 'copy');
		expect(p.assessments[0]).toMatchObject({
			outcome: 'copied',
			id: 'fileAss1',
			finalLabel: 'BASELINE (2)'
		});
		expect(writes.answersToPut).toEqual(f.answers);
	});

	it('replace removes both when the id is one stored assessment and the label another', () => {
		const c = city('cityKrk1', 'Kraków');
		const f = file({ cities: [c], assessments: [assessment('sameId01', 'cityKrk1', 'Baseline')] });
		const s = snapshot({
			cities: [c],
			assessments: [
				assessment('sameId01', 'cityKrk1', 'Other'),
				assessment('storedA1', 'cityKrk1', 'Baseline')
			]
		});
		const { plan: p, writes } = plan(f, s, 'replace');
		expect(p.assessments[0]!.conflict).toEqual({ kind: 'id', label: 'Other' });
		expect(writes.assessmentsToDelete).toEqual(['sameId01', 'storedA1']);
	});
});

describe('planImport: unique labels', () => {
	it('takes the first free "(n)", among stored labels and ones added earlier from the file', () => {
		const c = city('cityKrk1', 'Kraków');
		const s = snapshot({
			cities: [c],
			assessments: [
				assessment('stored01', 'cityKrk1', 'Baseline'),
				assessment('stored02', 'cityKrk1', 'Baseline (2)')
			]
		});
		const f = file({
			cities: [c],
			assessments: [
				assessment('fileAs01', 'cityKrk1', 'Baseline'),
				assessment('fileAs02', 'cityKrk1', 'baseline')
			]
		});
		const { plan: p } = plan(f, s, 'copy');
		expect(p.assessments.map((a) => a.finalLabel)).toEqual(['Baseline (3)', 'baseline (4)']);
	});

	it('cuts a long label so that the suffix fits', () => {
		const long = 'x'.repeat(NAME_MAX);
		const c = city('cityKrk1', 'Kraków');
		const s = snapshot({ cities: [c], assessments: [assessment('stored01', 'cityKrk1', long)] });
		const f = file({ cities: [c], assessments: [assessment('fileAs01', 'cityKrk1', long)] });
		const label = plan(f, s, 'copy').plan.assessments[0]!.finalLabel;
		expect(label).toBe(`${'x'.repeat(NAME_MAX - 4)} (2)`);
		expect(label.length).toBe(NAME_MAX);
	});
});
