/**
 * The report's "suggested next steps" section: the items to work on first (from
 * domain/next-steps), the level each should reach and the questions to start with.
 */
import type { Answer } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { suggestNextSteps } from '$lib/domain/next-steps';
import type { AssessmentScore } from '$lib/domain/scoring';
import { scoreText } from '$lib/domain/score-format';
import { COLORS, Writer } from './layout';
import { reportText } from './strings';

function findQuestion(framework: Framework, id: string) {
	for (const el of framework.elements)
		for (const item of el.items) for (const q of item.questions) if (q.id === id) return q;
	return undefined;
}

/** The suggested next steps: the items to work on first, and what the next level asks. */
export function nextSteps(
	w: Writer,
	framework: Framework,
	answers: Answer[],
	score: AssessmentScore
): void {
	const result = suggestNextSteps(framework, answers, score);
	w.heading(w.s('nextSteps'), 1);
	if (!result.anyScored) w.texts(w.sp('nextStepsNone'), { after: 3 });
	else if (result.allStrong) w.texts(w.sp('nextStepsStrong'), { after: 3 });
	else w.texts(w.sp('nextStepsIntro'), { color: COLORS.muted, after: 3 });

	const items = new Map(framework.elements.flatMap((e) => e.items.map((i) => [i.id, i] as const)));
	const level = (v: number) => framework.scale.levels[v]!.label;
	let n = 0;
	for (const step of result.steps) {
		n++;
		if (step.kind === 'improve') {
			const item = items.get(step.itemId)!;
			w.heading(`${n}. ${step.itemId}  ${w.tx(item.title)} – ${scoreText(step.score)}`, 3);
			w.texts(
				w.locales.map((l) =>
					reportText(l, 'nextStepTarget', {
						from: step.fromLevel,
						fromLabel: level(step.fromLevel)[l],
						to: step.toLevel,
						toLabel: level(step.toLevel)[l]
					})
				),
				{ indent: 4, after: 0.8 }
			);
			w.texts(w.txp(framework.scale.levels[step.toLevel]!.description), {
				indent: 4,
				size: 9,
				color: COLORS.muted,
				after: 1.5
			});
			if (step.questionIds.length > 0) {
				w.text(`${w.s('nextStepStartWith')}:`, {
					indent: 4,
					bold: true,
					size: 9,
					after: 0.5
				});
				for (const target of step.targets) {
					const id = target.questionId;
					const q = findQuestion(framework, id);
					if (!q) continue;
					w.texts(
						w.txp(q.text).map((t, k) => (k === 0 ? `${id}  ${t}` : t)),
						{ indent: 8, size: 9, after: 0.6 }
					);
					w.texts(
						w.locales.map((l) =>
							reportText(l, 'nextStepLevel', {
								to: target.to,
								label: level(target.to)[l],
								description: target.description[l]
							})
						),
						{ indent: 8, size: 9, bold: true, after: 0.6 }
					);
					w.texts(w.txp(q.guidance), {
						indent: 8,
						size: 8.5,
						color: COLORS.muted,
						after: 1.5
					});
				}
			}
		} else if (step.kind === 'unanswered') {
			w.heading(`${n}. ${w.s('nextStepUnanswered')}`, 3);
			w.texts(
				w.sp('nextStepUnansweredText', {
					count: step.count,
					total: step.total
				}),
				{ indent: 4, after: 1.5 }
			);
		} else {
			w.heading(`${n}. ${w.s('nextStepUnknown')}`, 3);
			w.texts(w.sp('nextStepUnknownText', { count: step.count }), {
				indent: 4,
				after: 1.5
			});
		}
	}
}
