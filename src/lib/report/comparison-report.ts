/**
 * The comparison report for facilitators: overall scores, the radar of items
 * and the bars per element for several assessments, and a table of item
 * scores. Labels arrive already anonymised when the caller anonymises.
 */
import type { Framework } from '$lib/domain/framework';
import { percentText, scoreText } from '$lib/domain/score-format';
import { noScoreAxes, seriesStyle } from '$lib/domain/series-style';
import { barChart, legend, radarChart } from './charts';
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
import { reportText } from './strings';
import type { ComparisonReportInput, ReportFonts, ReportOptions } from './types';

const PDF_LANG = { en: 'en-GB', pl: 'pl', both: 'en-GB' } as const;

export function buildComparisonReport(
	input: ComparisonReportInput,
	options: ReportOptions & { fonts: ReportFonts }
): Uint8Array {
	return drawComparisonReport(input, options).output();
}

/** The report drawn, not yet written out (the worker writes it with `outputAsync`). */
export function drawComparisonReport(
	input: ComparisonReportInput,
	options: ReportOptions & { fonts: ReportFonts }
): Writer {
	const { framework, entries } = input;
	const w = new Writer(options.lang, options.fonts, input);
	const generatedAt = options.generatedAt ?? Date.now();
	w.doc.setProperties({
		title: `${w.s('comparisonTitle')} – ${w.tx(framework.shortTitle)}`,
		subject: w.tx(framework.title),
		author: '',
		keywords: ['FRA', 'human rights cities', 'miasta praw człowieka'].join(', '),
		creator: `${reportText('en', 'appName')}${options.appVersion ? ` ${options.appVersion}` : ''}`
	});
	w.doc.setLanguage(PDF_LANG[options.lang]);

	w.heading(w.s('comparisonTitle'), 1);
	w.facts([
		[w.s('framework'), `${w.tx(framework.title)} (${w.s('version')} ${framework.version})`],
		[w.s('generated'), formatReportDate(w, generatedAt)]
	]);
	if (input.anonymised) w.texts(w.sp('anonymised'), { size: 9, color: COLORS.muted, after: 2 });

	w.heading(w.s('compareNote'), 2);
	w.table(
		[
			{ header: w.s('assessment'), width: CONTENT_WIDTH - 56 },
			{ header: w.s('overall'), width: 22, align: 'right' },
			{ header: w.s('coverage'), width: 34, align: 'right' }
		],
		entries.map((e) => ({
			cells: [
				e.detail ? [e.label, e.detail] : [e.label],
				[formatScore(w, e.score.score)],
				[percentText(e.score.coverage)]
			],
			bold: false
		}))
	);

	const styles = entries.map((_, i) => seriesStyle(i));
	if (entries.length > 0) {
		w.text(w.s('radarTitle'), { size: 10, bold: true, after: 2 });
		const legendItems = entries.map((e, i) => ({
			label: e.label,
			style: styles[i]!
		}));
		w.ensure(95);
		w.y += legend(w, PAGE.left, w.y + 2, legendItems) + 1;
		const radius = 34;
		w.ensure(2 * radius + 14);
		radarChart(
			w,
			PAGE.width / 2,
			w.y + radius + 7,
			radius,
			framework.elements.flatMap((el) => el.items.map((i) => i.id)),
			entries.map((e, i) => ({
				...styles[i]!,
				values: e.score.items.map((it) => it.score)
			}))
		);
		w.y += 2 * radius + 14;
		// the note explains the "–" on an axis: only when one is marked (series-style.ts)
		if (
			noScoreAxes(entries.map((e) => ({ values: e.score.items.map((it) => it.score) }))).some(
				Boolean
			)
		)
			w.text(w.s('chartNoScore'), { size: 7.5, color: COLORS.muted, after: 3 });
		else w.space(3);

		const groups = framework.elements.map((el, k) => ({
			label: w.tx(el.title),
			bars: entries.map((e, i) => ({
				value: e.score.elements[k]?.score ?? null,
				color: styles[i]!.color,
				solid: styles[i]!.solid,
				tag: e.label
			}))
		}));
		w.ensure(groups.length * (entries.length * 5.4 + 4) + 16);
		w.text(w.s('barsTitle'), { size: 10, bold: true, after: 2 });
		w.y += barChart(w, PAGE.left, w.y, CONTENT_WIDTH, groups, w.s('noScore')) + 2;
	}

	w.heading(w.s('table'), 2);
	tableOfItems(w, framework, input);

	w.heading(w.s('scoring'), 2);
	w.texts(w.sp('scoringText'), { size: 8.5, after: 1.5 });
	w.texts(w.sp('naText'), { size: 8.5, after: 1.5 });
	w.texts(
		framework.sources.slice(0, 1).flatMap((s) => w.txp(s.citation)),
		{ size: 8, color: COLORS.muted }
	);

	w.finish(w.s('comparisonTitle'), w.tx(framework.shortTitle));
	return w;
}

function tableOfItems(w: Writer, framework: Framework, input: ComparisonReportInput): void {
	const n = Math.max(1, input.entries.length);
	const scoreWidth = Math.min(22, Math.max(11, (CONTENT_WIDTH - 70) / n));
	const rows: Row[] = [];
	framework.elements.forEach((el, k) => {
		rows.push({
			cells: [
				w.txp(el.title),
				...input.entries.map((e) => [dash(e.score.elements[k]?.score ?? null)])
			],
			bold: true,
			fill: COLORS.soft
		});
		el.items.forEach((item) => {
			rows.push({
				cells: [
					w.txp(item.title).map((t, i) => (i === 0 ? `${item.id}  ${t}` : t)),
					...input.entries.map((e) => [
						dash(e.score.items.find((it) => it.id === item.id)?.score ?? null)
					])
				]
			});
		});
	});
	rows.push({
		cells: [[w.s('overall')], ...input.entries.map((e) => [dash(e.score.score)])],
		bold: true,
		fill: COLORS.soft
	});
	w.table(
		[
			{
				header: w.s('item'),
				width: CONTENT_WIDTH - scoreWidth * input.entries.length
			},
			...input.entries.map((e) => ({
				header: e.label,
				width: scoreWidth,
				align: 'right' as const
			}))
		],
		rows,
		8
	);
}

function dash(score: number | null): string {
	return scoreText(score, NO_SCORE_PRINT);
}
