/**
 * Scoring — pure TypeScript, no UI or storage imports.
 *
 * Method (also shown in the app under "How scores are computed"):
 * - A maturity level 0–4 counts as 0, 25, 50, 75 or 100 points.
 * - "Not applicable / outside the city's competence" and "don't know" are left
 *   out of the calculation: they never lower (or raise) a score.
 * - Item score = weighted mean of its scored questions (question weights).
 *   An item with no scored question has no score (null), not zero.
 * - Element score = weighted mean of the scores of its items that have one
 *   (item weights); overall = weighted mean of element scores (element weights).
 *   Weights come from the framework definition and default to 1.
 * - Beside every score: coverage (share of questions answered in any way,
 *   N/A and "don't know" included) and the count of each kind of answer, so a
 *   half-answered assessment never passes for a complete one.
 */
import type { Answer } from './assessment';
import type { AnswerValue, Framework } from './framework';

export const POINTS_PER_LEVEL = 25;

export interface Counts {
	total: number;
	/** answered with a level 0–4 */
	scored: number;
	na: number;
	dk: number;
	unanswered: number;
}

export interface Score {
	/** 0–100, or null when nothing in it was scored */
	score: number | null;
	/** answered (level, N/A or don't know) / total, 0–1 */
	coverage: number;
	counts: Counts;
}

export interface ItemScore extends Score {
	id: string;
	elementId: string;
}

export interface ElementScore extends Score {
	id: string;
	items: ItemScore[];
}

export interface AssessmentScore extends Score {
	elements: ElementScore[];
	/** every item, in framework order */
	items: ItemScore[];
}

export function levelPoints(value: AnswerValue | null | undefined): number | null {
	return typeof value === 'number' ? value * POINTS_PER_LEVEL : null;
}

function emptyCounts(): Counts {
	return { total: 0, scored: 0, na: 0, dk: 0, unanswered: 0 };
}

function addCounts(a: Counts, b: Counts): Counts {
	return {
		total: a.total + b.total,
		scored: a.scored + b.scored,
		na: a.na + b.na,
		dk: a.dk + b.dk,
		unanswered: a.unanswered + b.unanswered
	};
}

function coverage(c: Counts): number {
	return c.total === 0 ? 0 : (c.total - c.unanswered) / c.total;
}

/** Weighted mean of the entries that have a value; null if none has. */
function weightedMean(entries: { value: number | null; weight: number }[]): number | null {
	let sum = 0;
	let weights = 0;
	for (const e of entries) {
		if (e.value === null) continue;
		sum += e.value * e.weight;
		weights += e.weight;
	}
	return weights === 0 ? null : sum / weights;
}

/** Answer values by question id (later entries win when a question repeats). */
export type AnswerLookup = ReadonlyMap<string, AnswerValue | null>;

export function toLookup(answers: readonly Pick<Answer, 'questionId' | 'value'>[]): AnswerLookup {
	return new Map(answers.map((a) => [a.questionId, a.value]));
}

export function scoreAssessment(
	framework: Framework,
	answers: AnswerLookup | readonly Pick<Answer, 'questionId' | 'value'>[]
): AssessmentScore {
	const lookup = answers instanceof Map ? answers : toLookup(answers as Answer[]);
	const allItems: ItemScore[] = [];
	const elements: ElementScore[] = framework.elements.map((el) => {
		const items: ItemScore[] = el.items.map((item) => {
			const counts = emptyCounts();
			const entries = item.questions.map((q) => {
				const v = lookup.get(q.id) ?? null;
				counts.total++;
				if (v === null) counts.unanswered++;
				else if (v === 'na') counts.na++;
				else if (v === 'dk') counts.dk++;
				else counts.scored++;
				return { value: levelPoints(v), weight: q.weight };
			});
			return {
				id: item.id,
				elementId: el.id,
				score: weightedMean(entries),
				coverage: coverage(counts),
				counts
			};
		});
		allItems.push(...items);
		const counts = items.reduce((c, i) => addCounts(c, i.counts), emptyCounts());
		return {
			id: el.id,
			items,
			score: weightedMean(items.map((i, k) => ({ value: i.score, weight: el.items[k]!.weight }))),
			coverage: coverage(counts),
			counts
		};
	});
	const counts = elements.reduce((c, e) => addCounts(c, e.counts), emptyCounts());
	return {
		elements,
		items: allItems,
		score: weightedMean(
			elements.map((e, k) => ({ value: e.score, weight: framework.elements[k]!.weight }))
		),
		coverage: coverage(counts),
		counts
	};
}

/** Round a score for display (null stays null). */
export function roundScore(score: number | null): number | null {
	return score === null ? null : Math.round(score);
}
