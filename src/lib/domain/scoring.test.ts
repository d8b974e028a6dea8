import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultFramework } from './bundled';
import { Framework, type AnswerValue, type FrameworkInput } from './framework';
import { allQuestions } from './framework-tree';
import {
	levelPoints,
	rankItems,
	roundScore,
	scoreAssessment,
	strongestAndWeakest,
	toLookup,
	unansweredQuestions,
	type AssessmentScore
} from './scoring';

const t = (s: string) => ({ en: s, pl: s });

/** A small framework with uneven weights, so the fixtures exercise weighting. */
function tinyFramework(
	w: {
		e1?: number;
		e2?: number;
		i1?: number;
		i2?: number;
		i3?: number;
		q?: number[];
	} = {}
): Framework {
	const q = (id: string, weight = 1) => ({
		id,
		lens: 'structural' as const,
		text: t(`Question ${id}`),
		guidance: t('Guidance'),
		weight
	});
	const item = (id: string, weight: number, questions: ReturnType<typeof q>[]) => ({
		id,
		title: t(`Item ${id}`),
		provenance: { title: 'topic' as const, titlePl: 'proposed' as const },
		weight,
		questions
	});
	const qw = w.q ?? [1, 1, 1, 3, 1, 1];
	const input: FrameworkInput = {
		id: 'tiny',
		version: '1.0.0',
		title: t('Tiny'),
		shortTitle: t('Tiny'),
		description: t('A test framework'),
		sources: [{ citation: t('Test') }],
		scale: defaultFramework.scale,
		elements: [
			{
				id: 'E1',
				title: t('E1'),
				subtitle: t('E1'),
				description: t('E1'),
				weight: w.e1 ?? 1,
				items: [
					item('I1', w.i1 ?? 1, [q('q1', qw[0]), q('q2', qw[1])]),
					item('I2', w.i2 ?? 3, [q('q3', qw[2]), q('q4', qw[3])])
				]
			},
			{
				id: 'E2',
				title: t('E2'),
				subtitle: t('E2'),
				description: t('E2'),
				weight: w.e2 ?? 2,
				items: [item('I3', w.i3 ?? 1, [q('q5', qw[4]), q('q6', qw[5])])]
			}
		]
	};
	return Framework.parse(input);
}

const ans = (pairs: Record<string, AnswerValue | null>) =>
	Object.entries(pairs).map(([questionId, value]) => ({ questionId, value }));

describe('levelPoints', () => {
	it('maps levels 0–4 to 0–100 and everything else to null', () => {
		expect([0, 1, 2, 3, 4].map((l) => levelPoints(l as AnswerValue))).toEqual([0, 25, 50, 75, 100]);
		expect(levelPoints('na')).toBeNull();
		expect(levelPoints('dk')).toBeNull();
		expect(levelPoints(null)).toBeNull();
		expect(levelPoints(undefined)).toBeNull();
		// corrupted values never produce points outside 0–100
		expect(levelPoints(5 as AnswerValue)).toBeNull();
		expect(levelPoints(-1 as AnswerValue)).toBeNull();
		expect(levelPoints(2.5 as AnswerValue)).toBeNull();
	});
});

describe('scoreAssessment — hand-computed fixtures', () => {
	const fw = tinyFramework();

	it("weights questions, items and elements; N/A and don't know leave the denominator", () => {
		const s = scoreAssessment(fw, ans({ q1: 4, q2: 2, q3: 0, q4: 2, q5: 'na', q6: 'dk' }));
		const item = (id: string) => s.items.find((i) => i.id === id)!;
		// I1 = (100 + 50) / 2
		expect(item('I1').score).toBe(75);
		// I2 = (0·1 + 50·3) / 4
		expect(item('I2').score).toBe(37.5);
		// I3: only N/A and don't know → no score, not zero
		expect(item('I3').score).toBeNull();
		expect(item('I3').coverage).toBe(1);
		expect(item('I3').counts).toEqual({ total: 2, scored: 0, na: 1, dk: 1, unanswered: 0 });
		// E1 = (75·1 + 37.5·3) / 4
		expect(s.elements[0]!.score).toBe(46.875);
		expect(s.elements[1]!.score).toBeNull();
		// overall: E2 has no score and drops out
		expect(s.score).toBe(46.875);
		expect(s.coverage).toBe(1);
		expect(s.counts).toEqual({ total: 6, scored: 4, na: 1, dk: 1, unanswered: 0 });
	});

	it('reports coverage of a half-answered assessment', () => {
		const s = scoreAssessment(fw, ans({ q1: 4, q2: 2, q3: 0, q4: 2, q5: 1 }));
		expect(s.items[2]!.score).toBe(25);
		expect(s.items[2]!.coverage).toBe(0.5);
		expect(s.elements[1]!.score).toBe(25);
		// overall = (46.875·1 + 25·2) / 3
		expect(s.score).toBeCloseTo(96.875 / 3, 10);
		expect(s.coverage).toBeCloseTo(5 / 6, 10);
		expect(s.counts.unanswered).toBe(1);
	});

	it('gives no score (not zero) and zero coverage to an empty assessment', () => {
		const s = scoreAssessment(defaultFramework, []);
		expect(s.score).toBeNull();
		expect(s.coverage).toBe(0);
		expect(s.items).toHaveLength(14);
		expect(s.items.every((i) => i.score === null && i.coverage === 0)).toBe(true);
		expect(s.counts.total).toBe(allQuestions(defaultFramework).length);
		expect(s.counts.unanswered).toBe(allQuestions(defaultFramework).length);
	});

	it('scores level 3 everywhere on the FRA framework as 75 at every level of detail', () => {
		const all = allQuestions(defaultFramework).map((x) => ({
			questionId: x.question.id,
			value: 3 as const
		}));
		const s = scoreAssessment(defaultFramework, all);
		expect(s.score).toBe(75);
		expect(s.elements.map((e) => e.score)).toEqual([75, 75, 75]);
		expect(s.items.every((i) => i.score === 75 && i.coverage === 1)).toBe(true);
	});

	it('ignores answers to questions that are not in the framework', () => {
		const s = scoreAssessment(fw, ans({ q1: 4, zz: 0 }));
		expect(s.score).toBe(100);
		expect(s.counts.scored).toBe(1);
	});

	it('accepts a lookup map as well as a list', () => {
		const list = ans({ q1: 1, q3: 4 });
		expect(scoreAssessment(fw, toLookup(list))).toEqual(scoreAssessment(fw, list));
	});

	it('resolves a repeated question by revision, whatever the order', () => {
		const a = { questionId: 'q1', value: 0 as const, rev: 2, updatedAt: 10 };
		const b = { questionId: 'q1', value: 4 as const, rev: 3, updatedAt: 5 };
		expect(toLookup([a, b]).get('q1')).toBe(4);
		expect(toLookup([b, a]).get('q1')).toBe(4);
	});

	it('rounds for display and keeps null', () => {
		expect(roundScore(46.875)).toBe(47);
		expect(roundScore(null)).toBeNull();
	});
});

describe('rankItems and unansweredQuestions', () => {
	const fw = tinyFramework();
	it('ranks scored items strongest first and leaves out unscored ones', () => {
		const s = scoreAssessment(fw, ans({ q1: 4, q2: 2, q3: 0, q4: 2, q5: 'na' }));
		expect(rankItems(s).map((i) => i.id)).toEqual(['I1', 'I2']);
		expect(rankItems(s, 'weakest').map((i) => i.id)).toEqual(['I2', 'I1']);
	});
	it('keeps framework order among equal scores, both ways', () => {
		const s = scoreAssessment(fw, ans({ q1: 2, q3: 2, q5: 2 }));
		expect(rankItems(s).map((i) => i.id)).toEqual(['I1', 'I2', 'I3']);
		expect(rankItems(s, 'weakest').map((i) => i.id)).toEqual(['I1', 'I2', 'I3']);
	});
	it('picks up to three strongest and weakest, never one item in both lists', () => {
		const fra = defaultFramework;
		const level = (id: string): AnswerValue => (Number(id.slice(1, 2)) % 5) as AnswerValue;
		const all = allQuestions(fra).map(({ question }) => ({
			questionId: question.id,
			value: question.id.startsWith('S') ? 2 : level(question.id.split('.')[0]!.slice(1))
		}));
		const s = scoreAssessment(fra, all);
		const { strongest, weakest } = strongestAndWeakest(s);
		expect(strongest.map((i) => i.id)).toEqual(
			rankItems(s)
				.slice(0, 3)
				.map((i) => i.id)
		);
		expect(weakest.map((i) => i.id)).toEqual(
			rankItems(s, 'weakest')
				.slice(0, 3)
				.map((i) => i.id)
		);
		// two scored items: one each; one scored item: none (it is neither)
		const two = scoreAssessment(fw, ans({ q1: 4, q3: 1 }));
		expect(strongestAndWeakest(two)).toMatchObject({
			strongest: [{ id: 'I1' }],
			weakest: [{ id: 'I2' }]
		});
		const one = scoreAssessment(fw, ans({ q1: 4 }));
		expect(strongestAndWeakest(one)).toEqual({ strongest: [], weakest: [] });
	});
	it('lists what is still unanswered, by item', () => {
		expect(unansweredQuestions(fw, ans({ q1: 4, q3: 'dk', q4: 'na', q5: null }))).toEqual([
			{ itemId: 'I1', questionIds: ['q2'] },
			{ itemId: 'I3', questionIds: ['q5', 'q6'] }
		]);
	});
});

// ---------------------------------------------------------------- properties

const valueArb: fc.Arbitrary<AnswerValue | null> = fc.oneof(
	fc.constant(null),
	fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'na', 'dk')
);
const weightArb = fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true });

/** A framework (FRA, or the tiny one with random weights) and an answer per question. */
const caseArb = fc
	.oneof(
		fc.constant(defaultFramework),
		fc
			.record({
				e1: weightArb,
				e2: weightArb,
				i1: weightArb,
				i2: weightArb,
				i3: weightArb,
				q: fc.array(weightArb, { minLength: 6, maxLength: 6 })
			})
			.map((w) => tinyFramework(w))
	)
	.chain((fw) => {
		const ids = allQuestions(fw).map((x) => x.question.id);
		return fc.array(valueArb, { minLength: ids.length, maxLength: ids.length }).map((values) => ({
			fw,
			answers: ids.map((questionId, i) => ({ questionId, value: values[i]! }))
		}));
	});

function allScores(s: AssessmentScore): (number | null)[] {
	return [s.score, ...s.elements.map((e) => e.score), ...s.items.map((i) => i.score)];
}

describe('scoreAssessment — properties', () => {
	it('keeps every score within 0–100 and coverage within 0–1', () => {
		fc.assert(
			fc.property(caseArb, ({ fw, answers }) => {
				const s = scoreAssessment(fw, answers);
				for (const v of allScores(s)) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
				for (const c of [s, ...s.elements, ...s.items]) {
					expect(c.coverage).toBeGreaterThanOrEqual(0);
					expect(c.coverage).toBeLessThanOrEqual(1);
					const k = c.counts;
					expect(k.scored + k.na + k.dk + k.unanswered).toBe(k.total);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('never lowers any score when one answer is raised', () => {
		fc.assert(
			fc.property(caseArb, fc.nat(), fc.nat(), ({ fw, answers }, pick, step) => {
				const levels = answers.flatMap((a, i) =>
					typeof a.value === 'number' && a.value < 4 ? [i] : []
				);
				fc.pre(levels.length > 0);
				const i = levels[pick % levels.length]!;
				const from = answers[i]!.value as number;
				const to = (from + 1 + (step % (4 - from))) as AnswerValue;
				const raised = answers.map((a, k) => (k === i ? { ...a, value: to } : a));
				const before = allScores(scoreAssessment(fw, answers));
				const after = allScores(scoreAssessment(fw, raised));
				before.forEach((b, k) => {
					const a = after[k]!;
					if (b === null) expect(a).toBeNull();
					else expect(a).toBeGreaterThanOrEqual(b);
				});
				// and the item holding the raised answer really went up
				expect(after.some((a, k) => a !== null && before[k] !== null && a > before[k]!)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('does not change any score when unanswered questions are marked N/A, listed or missing', () => {
		fc.assert(
			fc.property(caseArb, fc.array(fc.nat(), { minLength: 1 }), ({ fw, answers }, picks) => {
				// a non-empty set of questions left unanswered (null in the list)
				const open = new Set(picks.map((p) => p % answers.length));
				const base: { questionId: string; value: AnswerValue | null }[] = answers.map((a, k) =>
					open.has(k) ? { ...a, value: null } : a
				);
				const before = scoreAssessment(fw, base);
				const na = (a: { questionId: string }) => ({
					questionId: a.questionId,
					value: 'na' as const
				});
				// marked N/A in place
				const withNa = base.map((a, k) => (open.has(k) ? na(a) : a));
				// missing from the list altogether: still unanswered, and N/A once added
				const missing = base.filter((_, k) => !open.has(k));
				const missingThenNa = [...missing, ...base.filter((_, k) => open.has(k)).map(na)];
				for (const list of [withNa, missing, missingThenNa])
					expect(allScores(scoreAssessment(fw, list))).toEqual(allScores(before));
				// and the marks were really read: the N/A count went up by as many questions
				for (const list of [withNa, missingThenNa])
					expect(scoreAssessment(fw, list).counts.na).toBe(before.counts.na + open.size);
				expect(scoreAssessment(fw, missing).counts.unanswered).toBe(before.counts.unanswered);
			}),
			{ numRuns: 300 }
		);
	});

	it('does not depend on the order of the answers', () => {
		fc.assert(
			fc.property(
				caseArb.chain(({ fw, answers }) =>
					fc
						.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length })
						.map((shuffled) => ({ fw, answers, shuffled }))
				),
				({ fw, answers, shuffled }) => {
					expect(scoreAssessment(fw, shuffled)).toEqual(scoreAssessment(fw, answers));
				}
			),
			{ numRuns: 300 }
		);
	});
});
