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
 *
 * Guarantees (checked by property tests in scoring.test.ts): every score lies
 * in 0–100; raising one answer never lowers any score; adding N/A answers does
 * not change other scores; the order of the answers does not matter.
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

/** Points of a maturity level (0–4 → 0–100); null for N/A, don't know, unanswered. */
export function levelPoints(value: AnswerValue | null | undefined): number | null {
	return isLevel(value) ? value * POINTS_PER_LEVEL : null;
}

function isLevel(value: unknown): value is 0 | 1 | 2 | 3 | 4 {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

/** Classify a stored value; anything that is not a level, 'na' or 'dk' counts as unanswered. */
function kindOf(value: unknown): 'scored' | 'na' | 'dk' | 'unanswered' {
	if (isLevel(value)) return 'scored';
	if (value === 'na') return 'na';
	if (value === 'dk') return 'dk';
	return 'unanswered';
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
	if (weights === 0) return null;
	// clamp: floating-point rounding must never push a mean outside 0–100
	return Math.min(100, Math.max(0, sum / weights));
}

/** Answer values by question id. */
export type AnswerLookup = ReadonlyMap<string, AnswerValue | null>;

type AnswerLike = Pick<Answer, 'questionId' | 'value'> & Partial<Pick<Answer, 'rev' | 'updatedAt'>>;

/**
 * Answer values by question id. Question ids are unique within one assessment;
 * should one repeat anyway, the newest revision wins (then the latest
 * `updatedAt`), so the result never depends on the order of the list.
 */
export function toLookup(answers: readonly AnswerLike[]): AnswerLookup {
	const best = new Map<string, AnswerLike>();
	for (const a of answers) {
		const prev = best.get(a.questionId);
		if (!prev || newer(a, prev)) best.set(a.questionId, a);
	}
	return new Map([...best].map(([id, a]) => [id, a.value]));
}

function newer(a: AnswerLike, b: AnswerLike): boolean {
	const ra = a.rev ?? 0;
	const rb = b.rev ?? 0;
	if (ra !== rb) return ra > rb;
	const ua = a.updatedAt ?? 0;
	const ub = b.updatedAt ?? 0;
	if (ua !== ub) return ua > ub;
	// same revision and time: a total order on the value keeps the choice order-free
	return String(a.value) > String(b.value);
}

export function scoreAssessment(
	framework: Framework,
	answers: AnswerLookup | readonly AnswerLike[]
): AssessmentScore {
	const lookup: AnswerLookup =
		answers instanceof Map ? answers : toLookup(answers as readonly AnswerLike[]);
	const allItems: ItemScore[] = [];
	const elements: ElementScore[] = framework.elements.map((el) => {
		const items: ItemScore[] = el.items.map((item) => {
			const counts = emptyCounts();
			const entries = item.questions.map((q) => {
				const v = lookup.get(q.id) ?? null;
				counts.total++;
				counts[kindOf(v)]++;
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

/**
 * Items with a score, strongest first (or weakest first); ties keep framework
 * order. Items without a score are left out: they are "not yet answered", not weak.
 */
export function rankItems(
	score: AssessmentScore,
	order: 'strongest' | 'weakest' = 'strongest'
): ItemScore[] {
	const sign = order === 'strongest' ? -1 : 1;
	return score.items
		.map((item, index) => ({ item, index }))
		.filter((x) => x.item.score !== null)
		.sort((a, b) => sign * (a.item.score! - b.item.score!) || a.index - b.index)
		.map((x) => x.item);
}

/**
 * Up to `max` strongest and weakest items to show side by side: at most half
 * of the scored items each, so no item is in both lists.
 */
export function strongestAndWeakest(
	score: AssessmentScore,
	max = 3
): { strongest: ItemScore[]; weakest: ItemScore[] } {
	const ranked = rankItems(score);
	const n = Math.min(max, Math.floor(ranked.length / 2));
	const strongest = ranked.slice(0, n);
	const weakest = rankItems(score, 'weakest')
		.filter((i) => !strongest.includes(i))
		.slice(0, n);
	return { strongest, weakest };
}

/** Questions of the framework still unanswered (no level, N/A or don't know), by item. */
export function unansweredQuestions(
	framework: Framework,
	answers: AnswerLookup | readonly AnswerLike[]
): { itemId: string; questionIds: string[] }[] {
	const lookup: AnswerLookup =
		answers instanceof Map ? answers : toLookup(answers as readonly AnswerLike[]);
	const out: { itemId: string; questionIds: string[] }[] = [];
	for (const el of framework.elements)
		for (const item of el.items) {
			const ids = item.questions
				.filter((q) => kindOf(lookup.get(q.id) ?? null) === 'unanswered')
				.map((q) => q.id);
			if (ids.length) out.push({ itemId: item.id, questionIds: ids });
		}
	return out;
}
