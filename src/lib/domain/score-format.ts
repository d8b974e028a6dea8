/**
 * How scores read, everywhere: the pages, the charts' tooltips and the PDF.
 * Whole points 0–100 read the same in every supported locale, so no Intl is
 * needed; words ("no score") come from the caller's dictionary.
 *
 * - a score is rounded to whole points (`roundScore`); a missing score is
 *   shown as a dash (or a word the caller passes), never as 0;
 * - a change is the difference of the rounded scores, signed: "+5", "−3", "0";
 * - coverage is a whole percentage: "67%".
 */
import { formatPercent } from './messages/format';
import { roundScore, type Score } from './scoring';

export { roundScore };

/** The mark for "no score" in tables (screens also say it in words to screen readers). */
export const NO_SCORE = '–';

/** "62", or `none` when there is no score. */
export function scoreText(score: number | null, none: string = NO_SCORE): string {
	const rounded = roundScore(score);
	return rounded === null ? none : String(rounded);
}

/** "62 / 100", or `none` when there is no score. */
export function scoreOutOf100(score: number | null, none: string = NO_SCORE): string {
	const rounded = roundScore(score);
	return rounded === null ? none : `${rounded} / 100`;
}

/** A change in whole points: "+5", "−3" (a true minus sign), "0", or `none`. */
export function deltaText(delta: number | null, none: string = NO_SCORE): string {
	if (delta === null) return none;
	if (delta > 0) return `+${delta}`;
	if (delta < 0) return `−${-delta}`;
	return '0';
}

/** A share 0–1 as a whole percentage: 0.667 → "67%" (the same in English and Polish). */
export function percentText(ratio: number): string {
	return formatPercent('en', ratio);
}

/** Questions with any answer (a level, N/A or don't know) out of all. */
export function answeredOf(s: Pick<Score, 'counts'>): { answered: number; total: number } {
	return { answered: s.counts.total - s.counts.unanswered, total: s.counts.total };
}
