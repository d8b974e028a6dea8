/**
 * How a team's answers to one question spread over the levels, and how much
 * the respondents disagree. Pure functions.
 *
 * The disagreement measure is the mean absolute difference between the levels
 * of every pair of respondents who gave a level, divided by the widest
 * possible difference (4): 0 when everyone chose the same level, 1 when two
 * respondents sit at opposite ends. It does not depend on the order of the
 * respondents, and "not applicable", "don't know" and no answer never count
 * (they are shown apart, not as disagreement).
 */
import type { AnswerValue, Level } from '../framework';
import { LEVELS } from '../constants';

const MAX_LEVEL = LEVELS[LEVELS.length - 1]!;

function isLevel(v: AnswerValue | null | undefined): v is Level {
	return typeof v === 'number';
}

/** Disagreement among these answers, in [0, 1]; 0 with fewer than two levels given. */
export function disagreement(values: readonly (AnswerValue | null | undefined)[]): number {
	const levels = values.filter(isLevel).sort((a, b) => a - b);
	const n = levels.length;
	if (n < 2) return 0;
	// sum over pairs of |xi - xj| for sorted x: sum_i x_i * (2i - n + 1)
	let sum = 0;
	for (let i = 0; i < n; i++) sum += levels[i]! * (2 * i - n + 1);
	const pairs = (n * (n - 1)) / 2;
	return Math.min(1, Math.max(0, sum / pairs / MAX_LEVEL));
}

export interface Spread {
	/** respondents per level, index = level */
	counts: number[];
	/** "not applicable" answers */
	na: number;
	/** "don't know" answers */
	dk: number;
	/** respondents without an answer to this question */
	none: number;
	/** respondents who gave a level */
	rated: number;
	/**
	 * the lower of the middle two levels for an even count (the level the
	 * consensus may be prefilled with); null without levels. For display use
	 * `medianOf`, which tells the honest median.
	 */
	median: Level | null;
	/** the middle level twice (odd count) or the middle pair (even count); null without levels */
	middle: [Level, Level] | null;
	/** lowest and highest level given; null without levels */
	min: Level | null;
	max: Level | null;
	/** see disagreement() */
	disagreement: number;
}

/** The spread of one question's answers (one value per respondent; undefined = no answer). */
export function spreadOf(values: readonly (AnswerValue | null | undefined)[]): Spread {
	const counts = LEVELS.map(() => 0);
	let na = 0;
	let dk = 0;
	let none = 0;
	const levels: Level[] = [];
	for (const v of values) {
		if (v === 'na') na++;
		else if (v === 'dk') dk++;
		else if (isLevel(v)) {
			counts[v]!++;
			levels.push(v);
		} else none++;
	}
	levels.sort((a, b) => a - b);
	const rated = levels.length;
	return {
		counts,
		na,
		dk,
		none,
		rated,
		median: rated ? levels[Math.floor((rated - 1) / 2)]! : null,
		middle: rated ? [levels[Math.floor((rated - 1) / 2)]!, levels[Math.floor(rated / 2)]!] : null,
		min: rated ? levels[0]! : null,
		max: rated ? levels[rated - 1]! : null,
		disagreement: disagreement(levels)
	};
}

/**
 * Whether the spread is small enough to offer its median as the agreed level:
 * at least one level given and all levels within one step of each other.
 * Where it is larger the team has to choose; nothing is prefilled.
 */
export function isSmallSpread(s: Spread): boolean {
	return s.min !== null && s.max !== null && s.max - s.min <= 1;
}

/** The level to prefill as the consensus: the median where the spread is small, else none. */
export function suggestedLevel(s: Spread): Level | null {
	return isSmallSpread(s) ? s.median : null;
}

/**
 * The median as it is shown: a level when the middle level (odd count) or the
 * mean of the middle pair (even count) is a whole level — 0 and 4 give level
 * 2, not 0 — otherwise the two whole levels that mean lies between (1 and 2,
 * or 0 and 3, give "between 1 and 2"). Null without levels.
 */
export type Median = { level: Level } | { between: [Level, Level] };

export function medianOf(s: Pick<Spread, 'middle'>): Median | null {
	if (!s.middle) return null;
	const [low, high] = s.middle;
	const sum = low + high;
	// a half level: the two whole levels either side of the middle pair's mean
	return sum % 2 === 0
		? { level: (sum / 2) as Level }
		: { between: [((sum - 1) / 2) as Level, ((sum + 1) / 2) as Level] };
}
