/**
 * The report's team section: who took part (or how many), agreement per
 * element, the largest disagreements with the comments behind them, and the
 * consensus decision of every question with its note. The figures come from
 * the domain's team analysis (analyseTeam), not recomputed here.
 */
import type { AnswerValue } from '$lib/domain/framework';
import { percentText } from '$lib/domain/score-format';
import {
	analyseTeam,
	respondentLetter,
	topDisagreements,
	type Respondent,
	type Spread
} from '$lib/domain/team';
import { COLORS, CONTENT_WIDTH, Writer, type Row } from './layout';
import type { AssessmentReportInput } from './types';

/** How many questions the "largest disagreements" part lists at most. */
export const TOP_DISAGREEMENTS = 8;

/** Whether the report has a team section: only when the assessment has respondents. */
export function hasTeam(input: AssessmentReportInput): boolean {
	return (input.respondents?.length ?? 0) > 0;
}

export function teamSection(w: Writer, input: AssessmentReportInput): void {
	const { framework, assessment } = input;
	const anonymised = input.anonymised ?? false;
	const team = analyseTeam(
		framework,
		(input.respondents ?? []).filter((r) => r.assessmentId === assessment.id),
		(input.respondentAnswers ?? []).filter((a) => a.assessmentId === assessment.id),
		input.answers.filter((a) => a.assessmentId === assessment.id)
	);
	const name = (r: Respondent, index: number): string => {
		// "Respondent C" reads the same in both languages: printed once
		const letter = [...new Set(w.sp('teamRespondent', { letter: respondentLetter(index) }))].join(
			' / '
		);
		if (anonymised || !r.name) return letter;
		return r.department ? `${r.name} (${r.department})` : r.name;
	};

	w.heading(w.s('team'), 1);
	w.texts(w.sp('teamIntro'), { size: 9, color: COLORS.muted, after: 2 });

	w.heading(w.s('teamWho'), 2);
	if (anonymised) {
		w.texts(w.sp('teamCount', { count: team.respondents.length }), { after: 2 });
	} else {
		team.respondents.forEach((r, i) => w.text(`• ${name(r, i)}`, { indent: 2, after: 0.6 }));
		w.space(1.5);
	}

	w.heading(w.s('teamAgreement'), 2);
	w.table(
		[
			{ header: w.s('teamElement'), width: CONTENT_WIDTH - 76 },
			{ header: w.s('teamMeanDisagreement'), width: 38, align: 'right' },
			{ header: w.s('teamCompared'), width: 38, align: 'right' }
		],
		framework.elements.map((el): Row => {
			const a = team.elementAgreement.get(el.id);
			const mean = a?.meanDisagreement ?? null;
			return {
				cells: [
					w.txp(el.title),
					mean === null ? w.sp('teamNotCompared') : [percentText(mean)],
					[String(a?.rated ?? 0)]
				]
			};
		})
	);

	w.heading(w.s('teamTop'), 2);
	const top = topDisagreements(team.questions, TOP_DISAGREEMENTS);
	if (top.length === 0) w.texts(w.sp('teamTopNone'), { after: 2 });
	top.forEach((q, n) => {
		w.ensure(30);
		w.text(
			`${n + 1}. ${q.question.id} · ${w.s('teamDisagreement', { pct: percentText(q.spread.disagreement) })}`,
			{ size: 10, bold: true, color: COLORS.brand, after: 0.5 }
		);
		w.texts(w.txp(q.question.text), { size: 9, indent: 4, after: 0.8 });
		w.text(`${w.s('teamSpread')}: ${spreadText(w, q.spread)}`, {
			size: 8.5,
			indent: 4,
			color: COLORS.muted,
			after: 0.8
		});
		if (q.comments.length === 0)
			w.text(w.s('teamNoComments'), { size: 8.5, indent: 4, color: COLORS.muted, after: 2 });
		else {
			w.text(`${w.s('teamComments')}:`, { size: 8.5, indent: 4, bold: true, after: 0.3 });
			for (const c of q.comments) {
				const v = q.answers[c.index]?.value;
				const given =
					typeof v === 'number'
						? ` – ${w.s('level')} ${v}`
						: v === 'na' || v === 'dk'
							? ` – ${w.s(v === 'na' ? 'teamNa' : 'teamDk')}`
							: '';
				w.text(`${name(c.respondent, c.index)}${given}: ${c.comment}`, {
					size: 8.5,
					indent: 6,
					after: 0.5
				});
			}
			w.space(1.5);
		}
	});

	w.heading(w.s('teamConsensus'), 2);
	const answered = team.questions.filter((q) => q.answers.some(Boolean));
	const decided = answered.filter((q) => q.consensus && q.consensus.value !== null);
	w.texts(w.sp(decided.length ? 'teamConsensusIntro' : 'teamConsensusNone'), {
		size: 9,
		color: COLORS.muted,
		after: 2
	});
	if (!decided.length) return;
	// compact: a table row only where a note was written; the other decisions
	// and the questions not agreed yet run on as lists ("F1.1: 2 · F1.2: 3")
	const noted = decided.filter((q) => q.consensus!.comment.trim());
	const plain = decided.filter((q) => !q.consensus!.comment.trim());
	const open = answered.filter((q) => !q.consensus || q.consensus.value === null);
	// a level as its number (the scale is in the methodology), N/A and don't know by name
	const short = (v: AnswerValue | null | undefined) =>
		typeof v === 'number' ? String(v) : w.s(v === 'na' ? 'teamNa' : 'teamDk');
	if (noted.length)
		w.table(
			[
				{ header: w.s('teamQuestion'), width: 18 },
				{ header: w.s('teamAgreed'), width: 26 },
				{ header: w.s('teamNote'), width: CONTENT_WIDTH - 44 }
			],
			noted.map((q): Row => ({
				cells: [[q.question.id], [short(q.consensus!.value)], [q.consensus!.comment.trim()]]
			})),
			8
		);
	const list = (label: string, items: string[], color: string = COLORS.text) => {
		if (!items.length) return;
		w.text(label, { size: 8.5, bold: true, after: 0.3 });
		w.text(items.join(' · '), { size: 8.5, color, after: 1.5 });
	};
	list(
		w.s('teamAgreed'),
		plain.map((q) => `${q.question.id}: ${short(q.consensus!.value)}`)
	);
	list(
		w.sp('teamNotAgreed').map(capitalise).join(' / '),
		open.map((q) => q.question.id),
		COLORS.muted
	);
}

function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "0: 1 · 2: 3 · N/A: 1" – respondents per level given, then the answers shown apart. */
function spreadText(w: Writer, s: Spread): string {
	const parts = s.counts.flatMap((n, level) => (n ? [`${level}: ${n}`] : []));
	if (s.na) parts.push(`${w.s('teamNa')}: ${s.na}`);
	if (s.dk) parts.push(`${w.s('teamDk')}: ${s.dk}`);
	if (s.none) parts.push(`${w.s('teamNone')}: ${s.none}`);
	return parts.join(' · ');
}
