/**
 * Turning the weakest areas of an assessment into suggested next steps.
 * Pure analysis, so the PDF (worker and command line) and any page can show
 * the same suggestions; the weakest items come in the order `rankItems` gives.
 *
 * - "improve": scored items below level 3 (75 points), lowest first (ties in
 *   framework order), at most `max`; each names the level reached, the next
 *   level and the item's lowest-scored questions to start with.
 * - "unanswered" / "unknown": when questions are still open or answered
 *   "don't know", since the scores rest only on what was answered.
 */
import type { Answer } from './assessment';
import { levelDescription } from './anchors';
import type { Framework, Level, LocalizedText } from './framework';
import { POINTS_PER_LEVEL, rankItems, type AssessmentScore, type ItemScore } from './scoring';

export const STRONG_SCORE = 75;

export type NextStep =
	| {
			kind: 'improve';
			itemId: string;
			elementId: string;
			score: number;
			fromLevel: Level;
			toLevel: Level;
			/** the item's lowest-scored questions below the target level, at most 2 */
			questionIds: string[];
			/**
			 * For each of `questionIds`: its level now, the next level up and what
			 * that level looks like for this question (its anchor, else the scale's
			 * generic description).
			 */
			targets: QuestionTarget[];
	  }
	| { kind: 'unanswered'; count: number; total: number }
	| { kind: 'unknown'; count: number };

export interface QuestionTarget {
	questionId: string;
	from: Level;
	to: Level;
	/** what level `to` looks like for this question */
	description: LocalizedText;
	/** true when `description` is the question's own anchor */
	anchored: boolean;
}

export interface NextSteps {
	steps: NextStep[];
	/** true when items have scores and all of them are at level 3 or above */
	allStrong: boolean;
	anyScored: boolean;
}

function hasScore(it: ItemScore): it is ItemScore & { score: number } {
	return it.score !== null;
}

export function suggestNextSteps(
	framework: Framework,
	answers: readonly Pick<Answer, 'questionId' | 'value'>[],
	score: AssessmentScore,
	max = 3
): NextSteps {
	const values = new Map(answers.map((a) => [a.questionId, a.value]));
	const scored = score.items.filter(hasScore);
	// lowest first, ties in framework order
	const weak = rankItems(score, 'weakest')
		.filter(hasScore)
		.filter((it) => it.score < STRONG_SCORE)
		.slice(0, max);

	const steps: NextStep[] = weak.map((it) => {
		const s = it.score;
		const fromLevel = Math.min(3, Math.floor(s / POINTS_PER_LEVEL)) as Level;
		const toLevel = (fromLevel + 1) as Level;
		const item = framework.elements.flatMap((e) => e.items).find((i) => i.id === it.id);
		const lowest = (item?.questions ?? [])
			.map((q, k) => ({ q, k, v: values.get(q.id) }))
			.filter(
				(x): x is { q: (typeof x)['q']; k: number; v: Level } =>
					typeof x.v === 'number' && x.v < toLevel
			)
			.sort((a, b) => a.v - b.v || a.k - b.k)
			.slice(0, 2);
		const questionIds = lowest.map((x) => x.q.id);
		const targets = lowest.map(({ q, v }): QuestionTarget => {
			const to = (v + 1) as Level;
			return {
				questionId: q.id,
				from: v,
				to,
				description: levelDescription(framework.scale, q, to),
				anchored: q.anchors !== undefined
			};
		});
		return {
			kind: 'improve',
			itemId: it.id,
			elementId: it.elementId,
			score: s,
			fromLevel,
			toLevel,
			questionIds,
			targets
		};
	});

	if (score.counts.unanswered > 0 && score.counts.unanswered < score.counts.total) {
		steps.push({
			kind: 'unanswered',
			count: score.counts.unanswered,
			total: score.counts.total
		});
	}
	if (score.counts.dk > 0) steps.push({ kind: 'unknown', count: score.counts.dk });

	return {
		steps,
		anyScored: scored.length > 0,
		allStrong: scored.length > 0 && scored.every((it) => it.score >= STRONG_SCORE)
	};
}
