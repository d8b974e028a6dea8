/**
 * The PDF report of one assessment: cover, summary with charts, suggested next
 * steps, every answer with its comment and evidence, and the methodology.
 * Pure (jsPDF only): runs in the browser's report worker and in Node.
 */
import type { Answer } from '$lib/domain/assessment';
import type { AnswerValue, Framework, Item } from '$lib/domain/framework';
import { scoreAssessment, type AssessmentScore, type Score } from '$lib/domain/scoring';
import { answeredOf, percentText, scoreOutOf100, scoreText } from '$lib/domain/score-format';
import { noScoreAxes, seriesStyle, tint } from '$lib/domain/series-style';
import { barChart, radarChart } from './charts';
import {
	COLORS,
	CONTENT_WIDTH,
	PAGE,
	Writer,
	NO_SCORE_PRINT,
	formatReportDate,
	formatScore,
	type Row
} from './layout';
import { elementMarks, type ElementMark } from '$lib/domain/provenance';
import { reportText } from './strings';
import { methodology } from './methodology';
import { nextSteps } from './next-steps-section';
import { hasTeam, teamSection } from './team-section';
import type { AssessmentReportInput, ReportFonts, ReportOptions } from './types';

const PDF_LANG = { en: 'en-GB', pl: 'pl', both: 'en-GB' } as const;

const MARK_TEXT = {
	titleOurs: 'provTitleOurs',
	titleTranslated: 'provTitleTranslated',
	subtitleOurs: 'provSubtitleOurs',
	subtitleTranslated: 'provSubtitleTranslated'
} as const satisfies Record<ElementMark, string>;

export function buildAssessmentReport(
	input: AssessmentReportInput,
	options: ReportOptions & { fonts: ReportFonts }
): Uint8Array {
	return drawAssessmentReport(input, options).output();
}

/** The report drawn, not yet written out (the worker writes it with `outputAsync`). */
export function drawAssessmentReport(
	input: AssessmentReportInput,
	options: ReportOptions & { fonts: ReportFonts }
): Writer {
	const { framework, assessment } = input;
	const w = new Writer(options.lang, options.fonts, input);
	const answers = input.answers.filter((a) => a.assessmentId === assessment.id);
	const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
	const score = scoreAssessment(framework, answers);
	const cityName = input.city?.name ?? '—';
	const generatedAt = options.generatedAt ?? Date.now();
	const anyAnswer = score.counts.total > score.counts.unanswered;

	const title = `${w.s('reportTitle')}: ${cityName} – ${assessment.label}`;
	w.doc.setProperties({
		title,
		subject: w.tx(framework.title),
		author: input.city
			? `${cityName}${assessment.participants.trim() ? ` – ${oneLine(assessment.participants, 200)}` : ''}`
			: '',
		keywords: [
			'FRA',
			'human rights cities',
			'miasta praw człowieka',
			cityName,
			assessment.label
		].join(', '),
		creator: `${reportText('en', 'appName')}${options.appVersion ? ` ${options.appVersion}` : ''}`
	});
	w.doc.setLanguage(PDF_LANG[options.lang]);

	cover(w, input, score, generatedAt, anyAnswer);
	w.newPage();
	summary(w, framework, score, anyAnswer);
	nextSteps(w, framework, answers, score);
	for (const element of framework.elements) {
		w.newPage();
		w.heading(`${w.tx(element.title)} – ${w.tx(element.subtitle)}`, 1);
		w.texts(
			w.locales.map((l) =>
				[...elementMarks(element, l).map((m) => MARK_TEXT[m]), 'provDescOurs' as const]
					.map((k) => reportText(l, k))
					.join(' · ')
			),
			{ size: 8, color: COLORS.muted, after: 1 }
		);
		w.texts(w.txp(element.description), {
			size: 9,
			color: COLORS.muted,
			after: 2
		});
		for (const item of element.items) {
			itemDetails(
				w,
				framework,
				item,
				score.items.find((i) => i.id === item.id)!,
				byQuestion
			);
		}
	}
	if (hasTeam(input)) {
		w.newPage();
		teamSection(w, input);
	}
	w.newPage();
	methodology(w, framework);
	w.finish(`${cityName} · ${assessment.label}`, w.s('reportTitle'));
	return w;
}

/** Score in a table cell: "–" when there is none (explained under the charts). */
function dash(score: number | null): string {
	return scoreText(score, NO_SCORE_PRINT);
}

function oneLine(text: string, max: number): string {
	const s = text.replace(/\s+/g, ' ').trim();
	return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function coverageText(w: Writer, s: Score): string {
	const { answered, total } = answeredOf(s);
	return `${percentText(s.coverage)} (${answered}/${total})`;
}

function cover(
	w: Writer,
	input: AssessmentReportInput,
	score: AssessmentScore,
	generatedAt: number,
	anyAnswer: boolean
): void {
	const { doc } = w;
	const { framework, assessment, city } = input;
	doc.setFillColor(COLORS.brand);
	doc.rect(0, 0, PAGE.width, 44, 'F');
	w.font(10, false, COLORS.white);
	doc.text(w.s('appName'), PAGE.left, 12, { baseline: 'top' });
	w.y = 20;
	w.text(w.s('reportTitle'), { size: 20, bold: true, color: COLORS.white });

	w.y = 56;
	w.text(city?.name ?? '—', {
		size: 28,
		bold: true,
		color: COLORS.brand,
		lineHeight: 1.2
	});
	if (city?.country) w.text(city.country, { size: 12, color: COLORS.muted });
	w.space(2);
	w.text(assessment.label, { size: 16, bold: true, after: 6 });

	w.facts([
		[w.s('status'), w.s(assessment.status === 'complete' ? 'statusComplete' : 'statusDraft')],
		[w.s('created'), formatReportDate(w, assessment.createdAt)],
		[w.s('updated'), formatReportDate(w, assessment.updatedAt)],
		[w.s('generated'), formatReportDate(w, generatedAt)],
		[w.s('participants'), assessment.participants.trim() || w.s('participantsNone')],
		[w.s('framework'), `${w.tx(framework.title)} (${w.s('version')} ${framework.version})`]
	]);

	// headline figures
	w.space(4);
	w.ensure(26);
	const top = w.y;
	doc.setFillColor(COLORS.soft);
	doc.rect(PAGE.left, top, CONTENT_WIDTH, 22, 'F');
	w.font(9, true, COLORS.muted);
	doc.text(w.s('overall'), PAGE.left + 4, top + 3, {
		baseline: 'top',
		maxWidth: 80
	});
	w.font(22, true, COLORS.brand);
	doc.text(scoreOutOf100(score.score, NO_SCORE_PRINT), PAGE.left + 4, top + 10, {
		baseline: 'top'
	});
	w.font(9, true, COLORS.muted);
	doc.text(w.s('coverage'), PAGE.left + 92, top + 3, {
		baseline: 'top',
		maxWidth: 80
	});
	w.font(14, true);
	doc.text(coverageText(w, score), PAGE.left + 92, top + 10.5, {
		baseline: 'top'
	});
	w.y = top + 26;
	if (!anyAnswer) w.texts(w.sp('noAnswersYet'), { size: 10, bold: true, after: 3 });

	// the FRA citation at the foot of the cover (or below, if the facts ran long)
	const source = framework.sources[0]!;
	const citation = w.txp(source.citation);
	const ids = [source.isbn, source.doi && `doi: ${source.doi}`].filter(Boolean).join(' · ');
	const needed =
		citation.reduce((h, t) => h + w.wrap(t, CONTENT_WIDTH, 8).length * w.lineHeight(8) + 1, 0) + 14;
	w.y = Math.max(w.y + 4, PAGE.height - PAGE.bottom - needed);
	doc.setDrawColor(COLORS.line);
	doc.setLineWidth(0.2);
	doc.line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
	w.space(2);
	w.text(w.s('basedOn'), {
		size: 8,
		bold: true,
		color: COLORS.muted,
		after: 0.5
	});
	w.texts(citation, { size: 8, after: 0.5 });
	if (ids) w.text(ids, { size: 7.5, color: COLORS.muted });
}

function itemRows(w: Writer, framework: Framework, score: AssessmentScore): Row[] {
	const rows: Row[] = [];
	framework.elements.forEach((el, e) => {
		const es = score.elements[e]!;
		rows.push({
			cells: [w.txp(el.title), [dash(es.score)], [coverageText(w, es)]],
			bold: true,
			fill: COLORS.soft
		});
		el.items.forEach((item, i) => {
			const is = es.items[i]!;
			rows.push({
				cells: [
					w.txp(item.title).map((t, k) => (k === 0 ? `${item.id}  ${t}` : t)),
					[dash(is.score)],
					[coverageText(w, is)]
				]
			});
		});
	});
	return rows;
}

function summary(
	w: Writer,
	framework: Framework,
	score: AssessmentScore,
	anyAnswer: boolean
): void {
	const { doc } = w;
	w.heading(w.s('summary'), 1);
	w.facts([
		[w.s('overall'), scoreOutOf100(score.score, w.s('noScore'))],
		[w.s('coverageAnswered'), coverageText(w, score)],
		['', w.sp('counts', { ...score.counts }).join('\n')]
	]);
	if (!anyAnswer) {
		w.space(2);
		w.texts(w.sp('noAnswersYet'), { size: 10, bold: true, after: 3 });
	} else {
		const style = seriesStyle(0);
		w.space(2);
		w.text(w.s('radarTitle'), { size: 10, bold: true, after: 1 });
		const radius = 36;
		w.ensure(2 * radius + 16);
		radarChart(
			w,
			PAGE.width / 2,
			w.y + radius + 8,
			radius,
			score.items.map((i) => i.id),
			[{ ...style, values: score.items.map((i) => i.score), fill: tint(style.color, 0.12) }]
		);
		w.y += 2 * radius + 16;
		// the note explains the "–" on an axis: only when one is marked (series-style.ts)
		if (noScoreAxes([{ values: score.items.map((i) => i.score) }]).some(Boolean))
			w.text(w.s('chartNoScore'), { size: 7.5, color: COLORS.muted, after: 3 });
		else w.space(3);

		w.text(w.s('barsTitle'), { size: 10, bold: true, after: 2 });
		const groups = framework.elements.map((el, e) => ({
			label: w.tx(el.title),
			bars: [{ value: score.elements[e]!.score, color: style.color }]
		}));
		w.ensure(groups.length * 9 + 10);
		w.y += barChart(w, PAGE.left, w.y, CONTENT_WIDTH, groups, w.s('noScore')) + 2;
	}
	w.heading(w.s('table'), 2);
	w.table(
		[
			{ header: w.s('item'), width: CONTENT_WIDTH - 56 },
			{ header: w.s('score'), width: 22, align: 'right' },
			{ header: w.s('coverage'), width: 34, align: 'right' }
		],
		itemRows(w, framework, score)
	);
	doc.setTextColor(COLORS.text);
}

function answerLabel(w: Writer, framework: Framework, value: AnswerValue | null): string {
	if (value === null) return w.s('notAnswered');
	if (typeof value === 'number') {
		const l = framework.scale.levels[value]!;
		return w.locales
			.map((loc) => `${reportText(loc, 'level')} ${value} – ${l.label[loc]}`)
			.join(' / ');
	}
	const sp = framework.scale.special.find((s) => s.value === value)!;
	return w.tx(sp.label);
}

/** Only http(s) addresses become links; anything else is printed as plain text. */
export function safeLink(text: string): string | undefined {
	if (!/^https?:\/\//i.test(text.trim())) return undefined;
	try {
		const url = new URL(text.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function itemDetails(
	w: Writer,
	framework: Framework,
	item: Item,
	score: AssessmentScore['items'][number],
	byQuestion: Map<string, Answer>
): void {
	w.ensure(40);
	w.space(2);
	w.texts(
		w.txp(item.title).map((t, k) => (k === 0 ? `${item.id}  ${t}` : t)),
		{ size: 11, bold: true, after: 1 }
	);
	w.text(
		`${w.s('score')}: ${formatScore(w, score.score)} · ${w.s('coverage')}: ${coverageText(w, score)}`,
		{
			size: 8.5,
			color: COLORS.muted,
			after: 2
		}
	);
	for (const q of item.questions) {
		const a = byQuestion.get(q.id);
		w.ensure(18);
		w.text(`${q.id} · ${w.s(`lens_${q.lens}`)}`, {
			size: 8,
			bold: true,
			color: COLORS.muted,
			after: 0.3
		});
		w.texts(w.txp(q.text), { size: 9.5, after: 1 });
		w.text(`${w.s('answer')}: ${answerLabel(w, framework, a?.value ?? null)}`, {
			indent: 4,
			size: 9.5,
			bold: true,
			color: a?.value === null || !a ? COLORS.muted : COLORS.brand,
			after: 0.8
		});
		if (a?.comment.trim()) {
			w.text(`${w.s('comment')}:`, {
				indent: 4,
				size: 8.5,
				bold: true,
				color: COLORS.muted,
				after: 0.3
			});
			w.text(a.comment, { indent: 4, size: 9, after: 0.8 });
		}
		if (a && a.evidence.length > 0) {
			w.text(`${w.s('evidence')}:`, {
				indent: 4,
				size: 8.5,
				bold: true,
				color: COLORS.muted,
				after: 0.3
			});
			for (const e of a.evidence) {
				const url = safeLink(e);
				w.text(`• ${e}`, {
					indent: 6,
					size: 8.5,
					color: url ? COLORS.brand : COLORS.text,
					url,
					after: 0.3
				});
			}
		}
		w.space(2.5);
	}
}
