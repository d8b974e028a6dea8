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
import type { Framework, Level } from './framework';
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
	  }
	| { kind: 'unanswered'; count: number; total: number }
	| { kind: 'unknown'; count: number };

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
		const questionIds = (item?.questions ?? [])
			.map((q, k) => ({ id: q.id, k, v: values.get(q.id) }))
			.filter(
				(q): q is { id: string; k: number; v: Level } => typeof q.v === 'number' && q.v < toLevel
			)
			.sort((a, b) => a.v - b.v || a.k - b.k)
			.slice(0, 2)
			.map((q) => q.id);
		return {
			kind: 'improve',
			itemId: it.id,
			elementId: it.elementId,
			score: s,
			fromLevel,
			toLevel,
			questionIds
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
