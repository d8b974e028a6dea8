/**
 * What the questionnaire and results pages derive from one assessment. The
 * view reads a source shaped like a live query; here a plain object stands in
 * for it (the live query itself is covered by the browser tests).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as assessments from '$lib/db/assessments';
import * as cities from '$lib/db/cities';
import { db } from '$lib/db/db';
import type { Answer, Assessment } from '$lib/domain/assessment';
import { defaultFramework as fw } from '$lib/domain/bundled';
import type { AnswerValue } from '$lib/domain/framework';
import { allQuestions } from '$lib/domain/framework-tree';
import { scoreAssessment } from '$lib/domain/scoring';
import { AssessmentView, type AssessmentBundle, type Source } from './assessment-view.svelte';

const assessment: Assessment = {
	id: 'a1',
	cityId: 'c1',
	frameworkId: fw.id,
	frameworkVersion: fw.version,
	label: 'Wiosna 2026',
	status: 'draft',
	participants: '',
	createdAt: 1,
	updatedAt: 1
};
const city = { id: 'c1', name: 'Łódź', country: '', notes: '', createdAt: 1, updatedAt: 1 };
const answer = (questionId: string, value: AnswerValue | null): Answer => ({
	assessmentId: 'a1',
	questionId,
	value,
	comment: '',
	evidence: [],
	updatedAt: 1,
	rev: 1
});

function viewOf(bundle: AssessmentBundle | null | undefined, loaded = true, error?: unknown) {
	const source: Source<AssessmentBundle | null> = { current: bundle, loaded, error };
	return { view: new AssessmentView('a1', source), source };
}

describe('AssessmentView', () => {
	it('passes through loading, errors and a missing assessment', () => {
		expect(viewOf(undefined, false).view).toMatchObject({ loaded: false, bundle: undefined });
		const failed = viewOf(undefined, true, new Error('quota')).view;
		expect(failed.error).toBeInstanceOf(Error);
		const missing = viewOf(null).view;
		expect([missing.bundle, missing.framework, missing.score]).toEqual([
			null,
			undefined,
			undefined
		]);
		expect(missing.items).toEqual([]);
		expect(missing.ranked).toEqual({ strongest: [], weakest: [] });
		expect(missing.unanswered).toEqual([]);
	});

	it('scores, ranks and lists what is open, as the domain does', () => {
		const answers = [answer('F1.1', 4), answer('F1.2', 4), answer('S1.1', 1), answer('T1.1', 'dk')];
		const { view } = viewOf({ assessment, city, framework: fw, answers });
		expect(view.score).toEqual(scoreAssessment(fw, answers));
		expect(view.ranked.strongest.map((i) => i.id)).toEqual(['F1']);
		expect(view.ranked.weakest.map((i) => i.id)).toEqual(['S1']);
		expect(view.unanswered[0]).toEqual({ itemId: 'F1', questionIds: ['F1.2b', 'F1.3'] });
		// "don't know" is an answer: T1.1 is not open
		expect(view.unanswered.find((u) => u.itemId === 'T1')?.questionIds).toEqual(['T1.2', 'T1.3']);
		expect(view.seriesName).toContain('Łódź');
		expect(view.seriesName).toContain('Wiosna 2026');
	});

	it('has no score without the framework (definition missing on this device)', () => {
		const { view } = viewOf({ assessment, city, framework: undefined, answers: [] });
		expect(view.score).toBeUndefined();
		expect(view.items).toEqual([]);
	});

	it('counts progress and finds the next unanswered question, wrapping around', () => {
		const all = allQuestions(fw).map((x) => x.question.id);
		const answers = all.filter((id) => id !== 'F2.2' && id !== 'T5.3').map((id) => answer(id, 2));
		const { view } = viewOf({ assessment, city, framework: fw, answers });
		expect(view.progress.overall).toEqual({ answered: all.length - 2, total: all.length });
		expect(view.progress.perItem.get('F2')).toEqual({ answered: 2, total: 3 });
		expect(view.items.map((x) => x.item.id).slice(0, 5)).toEqual(['F1', 'F2', 'F3', 'F4', 'S1']);
		expect(view.itemIndex('S1')).toBe(4);
		expect(view.itemIndex('nope')).toBe(0);
		expect(view.itemIndex(null)).toBe(0);
		expect(view.nextUnanswered(0)).toMatchObject({ item: { id: 'F2' }, questionId: 'F2.2' });
		expect(view.nextUnanswered(view.itemIndex('F3'))?.questionId).toBe('T5.3');
		// from the last item, past the end and back to the start
		expect(view.nextUnanswered(view.items.length - 1)?.questionId).toBe('T5.3');
		const done = viewOf({
			assessment,
			city,
			framework: fw,
			answers: all.map((id) => answer(id, 'na'))
		}).view;
		expect(done.nextUnanswered(3)).toBeUndefined();
	});

	it('lists the questions one by one and finds the next unanswered after the one shown', () => {
		const all = allQuestions(fw).map((x) => x.question.id);
		const open = ['F1.2', 'F2.2', 'T5.3'];
		const answers = all.filter((id) => !open.includes(id)).map((id) => answer(id, 'dk'));
		const { view } = viewOf({ assessment, city, framework: fw, answers });
		expect(view.questions.map((x) => x.question.id)).toEqual(all);
		const f22 = view.questionIndex('F2.2');
		expect(view.questions[f22]).toMatchObject({ item: { id: 'F2' }, n: 2, ofItem: 3 });
		expect(view.questionIndex('nope')).toBe(-1);
		expect(view.nextUnansweredAfter(0)?.question.id).toBe('F1.2');
		// never the question shown: from F1.2 on to F2.2
		expect(view.nextUnansweredAfter(view.questionIndex('F1.2'))?.question.id).toBe('F2.2');
		// past the end and back to the start
		expect(view.nextUnansweredAfter(view.questionIndex('T5.3'))?.question.id).toBe('F1.2');
		// the only open question is the one shown: nothing else to go to
		const one = viewOf({
			assessment,
			city,
			framework: fw,
			answers: all.filter((id) => id !== 'S2.1').map((id) => answer(id, 1))
		}).view;
		expect(one.nextUnansweredAfter(one.questionIndex('S2.1'))).toBeUndefined();
		expect(one.nextUnansweredAfter(0)?.question.id).toBe('S2.1');
	});

	it('shows the answers of the respondent answered as, and scores the consensus only', () => {
		const r = (id: string, createdAt: number) => ({
			id,
			assessmentId: 'a1',
			name: '',
			department: '',
			createdAt,
			updatedAt: createdAt,
			rev: 0
		});
		const consensus = [answer('F1.1', 2)];
		const respondentAnswers = [
			{ ...answer('F1.1', 4), respondentId: 'respA1' },
			{ ...answer('F1.2', 0), respondentId: 'respA1' },
			{ ...answer('F1.1', 'dk'), respondentId: 'respB1' }
		];
		let as: string | null = null;
		const source: Source<AssessmentBundle | null> = {
			current: {
				assessment,
				city,
				framework: fw,
				answers: consensus,
				respondents: [r('respA1', 1), r('respB1', 2)],
				respondentAnswers
			},
			loaded: true,
			error: undefined
		};
		const view = new AssessmentView('a1', source, () => as);
		expect(view.target).toEqual({ kind: 'consensus' });
		expect([...view.answersById.values()]).toEqual(consensus);
		as = 'respA1';
		const a = new AssessmentView('a1', source, () => as);
		expect(a.target).toEqual({ kind: 'respondent', respondentId: 'respA1' });
		expect([...a.answersById.values()].map((x) => [x.questionId, x.value])).toEqual([
			['F1.1', 4],
			['F1.2', 0]
		]);
		expect(a.progress.overall.answered).toBe(2);
		// results stay the consensus
		expect(a.score).toEqual(scoreAssessment(fw, consensus));
		as = 'respB1';
		const b = new AssessmentView('a1', source, () => as);
		expect([...b.answersById.values()].map((x) => x.value)).toEqual(['dk']);
		// an unknown respondent id: the consensus, never someone else's answers
		as = 'nobody1';
		expect(new AssessmentView('a1', source, () => as).target).toEqual({ kind: 'consensus' });
	});

	describe('on the device database', () => {
		beforeEach(async () => {
			await db.delete();
			await db.open();
		});

		it('marks the assessment complete', async () => {
			const c = await cities.create({ name: 'Gdańsk' });
			const a = await assessments.create(c.id, fw, { label: 'Baseline' });
			await new AssessmentView(a.id, viewOf(null).source).complete();
			expect((await assessments.get(a.id))?.status).toBe('complete');
		});
	});
});
