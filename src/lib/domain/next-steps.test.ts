import { describe, expect, it } from 'vitest';
import { defaultFramework } from './bundled';
import type { AnswerValue } from './framework';
import { allQuestions } from './framework-tree';
import { suggestNextSteps } from './next-steps';
import { scoreAssessment } from './scoring';

const answer = (questionId: string, value: AnswerValue | null) => ({ questionId, value });

function steps(answers: ReturnType<typeof answer>[]) {
	return suggestNextSteps(defaultFramework, answers, scoreAssessment(defaultFramework, answers));
}

describe('next steps', () => {
	it('picks the weakest scored items, lowest first, with their lowest questions', () => {
		const r = steps([
			answer('F1.1', 4),
			answer('F1.2', 4),
			answer('F1.3', 4),
			answer('S2.1', 1),
			answer('S2.2', 0),
			answer('S2.3', 3),
			answer('T3.1', 2),
			answer('T3.2', 2),
			answer('F2.1', 'na')
		]);
		const improve = r.steps.filter((s) => s.kind === 'improve');
		expect(improve.map((s) => s.itemId)).toEqual(['S2', 'T3']);
		expect(improve[0]).toMatchObject({
			fromLevel: 1,
			toLevel: 2,
			questionIds: ['S2.2', 'S2.1']
		});
		expect(improve[1]).toMatchObject({
			fromLevel: 2,
			toLevel: 3,
			questionIds: ['T3.1', 'T3.2']
		});
		expect(r.steps.at(-1)).toMatchObject({
			kind: 'unanswered',
			count: allQuestions(defaultFramework).length - 9,
			total: allQuestions(defaultFramework).length
		});
		expect(r.allStrong).toBe(false);
	});

	it('says what the next level looks like for each question: its anchor, else the scale', () => {
		const answers = [answer('S2.1', 1), answer('S2.2', 0), answer('S2.3', 3)];
		const improve = steps(answers).steps.find((s) => s.kind === 'improve');
		const q = (id: string) => allQuestions(defaultFramework).find((x) => x.question.id === id)!;
		expect(improve?.kind === 'improve' && improve.targets).toEqual([
			{
				questionId: 'S2.2',
				from: 0,
				to: 1,
				description: q('S2.2').question.anchors![1],
				anchored: true
			},
			{
				questionId: 'S2.1',
				from: 1,
				to: 2,
				description: q('S2.1').question.anchors![2],
				anchored: true
			}
		]);
		const bare = structuredClone(defaultFramework);
		for (const { question } of allQuestions(bare)) delete question.anchors;
		const r = suggestNextSteps(bare, answers, scoreAssessment(bare, answers));
		const first = r.steps[0]!;
		expect(first.kind === 'improve' && first.targets[0]).toMatchObject({
			description: bare.scale.levels[1]!.description,
			anchored: false
		});
	});

	it('caps the list and notes "don’t know" answers', () => {
		const all = defaultFramework.elements.flatMap((e) => e.items.flatMap((i) => i.questions));
		const r = steps(all.map((q, k) => answer(q.id, k === 0 ? 'dk' : 0)));
		expect(r.steps.filter((s) => s.kind === 'improve')).toHaveLength(3);
		expect(r.steps.find((s) => s.kind === 'unknown')).toEqual({
			kind: 'unknown',
			count: 1
		});
		expect(r.steps.find((s) => s.kind === 'unanswered')).toBeUndefined();
	});

	it('has nothing to improve when everything is strong or nothing is scored', () => {
		expect(steps([answer('F1.1', 3), answer('S1.1', 4)])).toMatchObject({
			allStrong: true,
			anyScored: true
		});
		expect(steps([answer('F1.1', 'na')])).toMatchObject({
			allStrong: false,
			anyScored: false
		});
		expect(steps([]).steps).toEqual([]);
	});
});
