/**
 * Comparing assessments — pure TypeScript, no UI or storage imports, so the
 * compare page and the PDF comparison report share it.
 *
 * - `diffScores(before, after)`: gains and losses between two assessments
 *   (typically one city at two dates), overall, per element and per item,
 *   matched by id.
 * - `seriesLabels(subjects, { anonymise })`: the names shown for each
 *   assessment in legends, tooltips and tables. Anonymised, every city becomes
 *   a letter (A, B, C, … Z, AA, AB, …) in the order the assessments are given
 *   — never alphabetical, which would hint at the real names — and assessment
 *   labels (which often contain the city's name) are replaced by a number.
 * - `orderForDisplay(entries, anonymise)`: the order and names in which the
 *   compare page and its PDF show the selected assessments.
 * - `changeOverTime(shown)`: cities with two or more of them, oldest first.
 */
import type { Assessment } from './assessment';
import { cityAndLabel } from './text';
import type { AssessmentScore, Score } from './scoring';
import { roundScore } from './scoring';

// ------------------------------------------------------------------ changes

export interface ScoreChange {
	id: string;
	/** score before, unrounded (null: no score) */
	before: number | null;
	after: number | null;
	/**
	 * after − before in whole points, computed from the rounded scores so that
	 * a displayed "47 → 52" always reads "+5". Null when either side has no score.
	 */
	delta: number | null;
	coverageBefore: number;
	coverageAfter: number;
}

export interface AssessmentDiff {
	overall: ScoreChange;
	elements: ScoreChange[];
	/** items of either assessment, in the order of `after` then any only in `before` */
	items: ScoreChange[];
	/** items whose score rose, largest gain first */
	gains: ScoreChange[];
	/** items whose score fell, largest loss first */
	losses: ScoreChange[];
}

function change(id: string, b: Score | undefined, a: Score | undefined): ScoreChange {
	const before = b?.score ?? null;
	const after = a?.score ?? null;
	const rb = roundScore(before);
	const ra = roundScore(after);
	return {
		id,
		before,
		after,
		delta: rb === null || ra === null ? null : ra - rb,
		coverageBefore: b?.coverage ?? 0,
		coverageAfter: a?.coverage ?? 0
	};
}

function pairById<T extends Score & { id: string }>(before: T[], after: T[]): ScoreChange[] {
	const b = new Map(before.map((x) => [x.id, x]));
	const a = new Map(after.map((x) => [x.id, x]));
	const ids = [...after.map((x) => x.id), ...before.map((x) => x.id).filter((id) => !a.has(id))];
	return ids.map((id) => change(id, b.get(id), a.get(id)));
}

/** What changed from `before` to `after`. */
export function diffScores(before: AssessmentScore, after: AssessmentScore): AssessmentDiff {
	const items = pairById(before.items, after.items);
	return {
		overall: change('overall', before, after),
		elements: pairById(before.elements, after.elements),
		items,
		gains: items.filter((c) => c.delta !== null && c.delta > 0).sort((x, y) => y.delta! - x.delta!),
		losses: items.filter((c) => c.delta !== null && c.delta < 0).sort((x, y) => x.delta! - y.delta!)
	};
}

// ------------------------------------------------------------------ labels

/** 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB", … */
export function anonymousLabel(index: number): string {
	if (!Number.isInteger(index) || index < 0) throw new RangeError('index must be a natural number');
	let n = index;
	let out = '';
	do {
		out = String.fromCharCode(65 + (n % 26)) + out;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return out;
}

export interface Subject {
	assessmentId: string;
	cityId: string;
	cityName: string;
	assessmentLabel: string;
}

export interface SeriesLabel {
	/** the full label: "City — assessment", or "A", "B · 2" when anonymised */
	label: string;
	/**
	 * the full label for screens: each typed part isolated (cityAndLabel) so a
	 * right-to-left override in a city name cannot reverse the assessment label
	 */
	display: string;
	/** the city part alone: its name, or its letter */
	city: string;
	/** the assessment part alone: its label, or its number within the city */
	assessment: string;
}

/**
 * Labels for assessments shown together, by assessment id. Anonymised, a city
 * with one assessment shown is "A"; a city with several is "A · 1", "A · 2", …
 * numbered in the given order.
 */
export function seriesLabels(
	subjects: readonly Subject[],
	options: { anonymise: boolean }
): Map<string, SeriesLabel> {
	const out = new Map<string, SeriesLabel>();
	if (!options.anonymise) {
		for (const s of subjects)
			out.set(s.assessmentId, {
				label: `${s.cityName} — ${s.assessmentLabel}`,
				display: cityAndLabel(s.cityName, s.assessmentLabel),
				city: s.cityName,
				assessment: s.assessmentLabel
			});
		return out;
	}
	const letters = new Map<string, string>();
	const perCity = new Map<string, number>();
	for (const s of subjects) {
		if (!letters.has(s.cityId)) letters.set(s.cityId, anonymousLabel(letters.size));
		perCity.set(s.cityId, (perCity.get(s.cityId) ?? 0) + 1);
	}
	const seen = new Map<string, number>();
	for (const s of subjects) {
		const letter = letters.get(s.cityId)!;
		const n = (seen.get(s.cityId) ?? 0) + 1;
		seen.set(s.cityId, n);
		const several = perCity.get(s.cityId)! > 1;
		const label = several ? `${letter} · ${n}` : letter;
		out.set(s.assessmentId, {
			label,
			display: label,
			city: letter,
			assessment: String(n)
		});
	}
	return out;
}

/** FNV-1a, 32 bit: a small stable hash for ordering. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/**
 * The order in which anonymised assessments are lettered and shown: cities in
 * an order that follows from their (random) ids — neither alphabetical nor by
 * score, so letters reveal nothing — and, within a city, the given order
 * (pass assessments oldest first so "A · 1" is the earlier one).
 */
export function anonymousOrder<T extends Pick<Subject, 'cityId'>>(subjects: readonly T[]): T[] {
	return subjects
		.map((s, i) => ({ s, i, h: hash(s.cityId) }))
		.sort(
			(a, b) =>
				a.h - b.h || (a.s.cityId < b.s.cityId ? -1 : a.s.cityId > b.s.cityId ? 1 : 0) || a.i - b.i
		)
		.map((x) => x.s);
}

// ------------------------------------------------------------------ display

/** An assessment selected for comparison, as far as ordering and naming need it. */
export interface Compared {
	assessment: Pick<Assessment, 'id' | 'cityId' | 'label' | 'createdAt'>;
	city: { name: string } | undefined;
}

/**
 * The selected assessments in the order they are shown, each with its names:
 * by city name, then oldest first; anonymised, in `anonymousOrder` and named
 * by letters. A city no longer on the device is named "?".
 */
export function orderForDisplay<T extends Compared>(
	entries: readonly T[],
	anonymise: boolean
): (T & { name: SeriesLabel })[] {
	const sorted = [...entries].sort(
		(a, b) =>
			(a.city?.name ?? '').localeCompare(b.city?.name ?? '') ||
			a.assessment.createdAt - b.assessment.createdAt
	);
	const ordered = anonymise
		? anonymousOrder(sorted.map((e) => ({ e, cityId: e.assessment.cityId }))).map((x) => x.e)
		: sorted;
	const labels = seriesLabels(
		ordered.map((e) => ({
			assessmentId: e.assessment.id,
			cityId: e.assessment.cityId,
			cityName: e.city?.name ?? '?',
			assessmentLabel: e.assessment.label
		})),
		{ anonymise }
	);
	return ordered.map((e) => ({ ...e, name: labels.get(e.assessment.id)! }));
}

/** One city's assessments to compare over time, oldest first. */
export interface CityOverTime<S> {
	cityId: string;
	/** the city's shown name (its letter when anonymised) */
	city: string;
	options: { id: string; label: string; score: S }[];
}

/** Cities with two or more assessments shown: their change over time, in display order. */
export function changeOverTime<T extends Compared & { score: unknown; name: SeriesLabel }>(
	shown: readonly T[]
): CityOverTime<T['score']>[] {
	const byCity = new Map<string, T[]>();
	for (const e of shown)
		byCity.set(e.assessment.cityId, [...(byCity.get(e.assessment.cityId) ?? []), e]);
	return [...byCity.entries()]
		.filter(([, list]) => list.length > 1)
		.map(([cityId, list]) => ({
			cityId,
			city: list[0]!.name.city,
			options: [...list]
				.sort((a, b) => a.assessment.createdAt - b.assessment.createdAt)
				.map((e) => ({ id: e.assessment.id, label: e.name.display, score: e.score }))
		}));
}
