/**
 * The example city a facilitator can load to show the app before anyone has
 * data (issue 12). Its answers are made up: plausible (mostly levels 1–3, some
 * "don't know", one N/A, a few left open) but marked as demo data everywhere:
 * the city's name says "(demo)", its notes carry DEMO_NOTE (exported with it,
 * so the mark travels to another device), the assessment's "who took part"
 * says the answers are invented, and so do the comments.
 */
import type { Answer } from './assessment';
import type { Framework } from './framework';
import { allQuestions } from './framework-tree';

/** The first line of a demo city's notes: how the app recognises it. */
export const DEMO_NOTE = '[demo] Example data made up to show the app; not a real city.';

export function isDemoCity(city: { notes?: string } | undefined): boolean {
	return city?.notes?.startsWith(DEMO_NOTE) ?? false;
}

/** A stable pseudo-random number 0–1 per text (the same demo every time). */
function unit(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) / 0xffffffff;
}

export type DemoAnswer = Pick<Answer, 'questionId' | 'value' | 'comment'>;

/**
 * Made-up answers for every question of `framework` except a few left open:
 * levels spread around 2, three "don't know", one N/A; every fourth answer
 * has `comment` (which says it is a demo answer).
 */
export function demoAnswers(framework: Framework, comment: string): DemoAnswer[] {
	const questions = allQuestions(framework);
	return questions.flatMap(({ question: q }, i): DemoAnswer[] => {
		if (i % 13 === 12) return []; // left open, as in a real first pass
		const r = unit(q.id);
		const value: Answer['value'] =
			i === 5
				? 'na'
				: i % 11 === 7
					? 'dk'
					: r < 0.12
						? 0
						: r < 0.4
							? 1
							: r < 0.75
								? 2
								: r < 0.93
									? 3
									: 4;
		return [{ questionId: q.id, value, comment: i % 4 === 0 ? comment : '' }];
	});
}
