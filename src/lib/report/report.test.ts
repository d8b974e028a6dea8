import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '$lib/domain/scoring';
import { NO_SCORE } from '$lib/domain/score-format';
import { defaultFramework } from '$lib/domain/bundled';
import { allQuestions } from '$lib/domain/framework-tree';
import { buildAssessmentReport } from './assessment-report';
import { buildComparisonReport } from './comparison-report';
import { loadFontsNode } from './fonts-node';
import { answer, assessment, city, emptyInput, fullInput } from './fixtures.test-util';
import { flat, pdfFonts, pdfInfo, pdfText } from './pdf-tools.test-util';
import type { ReportLanguage } from './types';

const fonts = await loadFontsNode();
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
/** The PDF's object syntax without the (compressed, binary) stream contents. */
const syntax = (b: Uint8Array) =>
	latin1(b).replace(/stream\r?\n[\s\S]*?endstream/g, 'stream endstream');

function build(lang: ReportLanguage, input = fullInput()) {
	return buildAssessmentReport(input, {
		lang,
		fonts,
		generatedAt: Date.UTC(2026, 10, 25)
	});
}

describe('assessment report', () => {
	const score = scoreAssessment(defaultFramework, fullInput().answers);
	const overall = String(Math.round(score.score!));

	it.each(['en', 'pl', 'both'] as const)(
		'%s: text, Polish letters, scores, pages, metadata',
		(lang) => {
			const t0 = performance.now();
			const bytes = build(lang);
			const ms = performance.now() - t0;
			console.log(`report ${lang}: ${(bytes.length / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms`);
			expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-');
			expect(bytes.length).toBeLessThanOrEqual(300 * 1024);

			const text = pdfText(bytes);
			const f = flat(text);
			expect(text).toContain('Łódź');
			expect(text).toContain('Zażółć gęślą jaźń');
			expect(text).toContain('Baseline 2026');
			expect(text).toContain('Anna Żółkiewska');
			expect(f).toContain(`${overall} / 100`);
			const info = pdfInfo(bytes);
			const pages = Number(info['Pages']);
			expect(pages).toBeGreaterThanOrEqual(8);
			if (lang !== 'pl') {
				expect(f).toContain('Self-assessment report');
				expect(f).toContain(`Page 1 of ${pages}`);
				expect(f).toContain(`Page ${pages} of ${pages}`);
				expect(f).toContain('Suggested next steps');
				expect(f).toContain('Methodology');
				expect(f).toContain('European Union Agency for Fundamental Rights (FRA) (2021)');
			}
			if (lang !== 'en') {
				expect(f).toContain('Raport z samooceny');
				expect(f).toContain(`Strona 1 z ${pages}`);
				expect(f).toContain('Proponowane dalsze kroki');
				expect(f).toContain('Metodyka');
				expect(f).toContain('Częściowo wdrożone');
			}
			if (lang === 'en') expect(f).not.toContain('Metodyka');
			if (lang === 'pl') expect(f).not.toContain('Methodology');
			expect(info['Title']).toContain('Łódź');
			expect(info['Subject']).not.toBe('');
			expect(info['Author']).toContain('Łódź');
			expect(latin1(bytes)).toMatch(/\/Lang \((en-GB|pl)\)/);
		}
	);

	it('embeds the Noto Sans font and no script, action or form', () => {
		const bytes = build('both');
		const fonts = pdfFonts(bytes);
		expect(fonts).toMatch(/NotoSans\s+CID TrueType\s+Identity-H\s+yes/);
		const raw = syntax(bytes);
		expect(raw).toContain('/FontFile2');
		expect(raw).not.toMatch(/\/JS\b|\/JavaScript|\/OpenAction|\/AcroForm|\/Launch/);
	});

	it('per-item scores of the summary table match scoreAssessment', () => {
		const text = flat(pdfText(build('en'), 2) + pdfText(build('en'), 3));
		const f1 = score.items.find((i) => i.id === 'F1')!;
		expect(text).toMatch(
			new RegExp(`F1 Commit to respect.*? ${Math.round(f1.score!)} 100% \\(3/3\\)`)
		);
	});

	it('prints HTML-like and PDF-syntax text literally', () => {
		const input = fullInput();
		const hostile =
			'<script>alert(1)</script> ) Tj /JS (app.alert(1)) <img src=x onerror=alert(2)>';
		input.answers[0] = {
			...input.answers[0]!,
			comment: hostile,
			evidence: ['javascript:alert(3)', 'https://example.org/a?b=(c)']
		};
		const bytes = build('en', input);
		const f = flat(pdfText(bytes));
		expect(f).toContain('<script>alert(1)</script>');
		expect(f).toContain(') Tj /JS (app.alert(1))');
		expect(f).toContain('<img src=x onerror=alert(2)>');
		expect(f).toContain('javascript:alert(3)');
		const raw = syntax(bytes);
		expect(raw).not.toMatch(/\/JS\b|\/JavaScript|\/OpenAction/);
		expect(raw).not.toContain('javascript:');
		expect(raw).toContain('/URI (https://example.org/a?b=\\(c\\))');
	});

	it('wraps a 20,000-character comment across pages', () => {
		const input = fullInput();
		const words = 'Zażółć gęślą jaźń – długi komentarz do uchwały w sprawie praw człowieka';
		let comment = '';
		for (let i = 0; comment.length < 20_000; i++) comment += `${words} ${i}. `;
		comment = comment.slice(0, 20_000);
		input.answers[0] = { ...input.answers[0]!, comment };
		const normal = Number(pdfInfo(build('en')).Pages);
		const bytes = build('en', input);
		const pages = Number(pdfInfo(bytes).Pages);
		expect(pages).toBeGreaterThanOrEqual(normal + 3);
		const f = flat(pdfText(bytes));
		// first, middle and last pieces of the comment are all there
		expect(f).toContain(`${words} 0.`);
		expect(f).toContain(`${words} 100.`);
		let last = 0;
		while (comment.includes(`${words} ${last + 1}. `)) last++;
		expect(last).toBeGreaterThan(200);
		expect(f).toContain(`${words} ${last}.`);
	});

	it.each(['en', 'pl', 'both'] as const)(
		'%s: an assessment with no answers is a valid report that says so',
		(lang) => {
			const bytes = build(lang, emptyInput());
			expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-');
			const f = flat(pdfText(bytes));
			if (lang !== 'pl') expect(f).toContain('No answers yet');
			if (lang !== 'en') expect(f).toContain('Brak odpowiedzi');
			expect(f).toContain('Łódź');
			expect(Number(pdfInfo(bytes).Pages)).toBeGreaterThan(2);
		}
	);

	it('shows N/A and don’t know answers and only counts scored ones', () => {
		const input = {
			...emptyInput(),
			answers: [answer('F1.1', 'na'), answer('F1.2', 'dk'), answer('F1.3', 4)]
		};
		const f = flat(pdfText(build('en', input)));
		expect(f).toContain('Not applicable / outside the city’s competence');
		expect(f).toContain('Don’t know'.replace('’', "'"));
		expect(f).toContain('100 / 100');
		expect(f).toContain(
			`1 scored · 1 not applicable · 1 don’t know · ${allQuestions(defaultFramework).length - 3} unanswered`
		);
	});

	// Times are measured by `npm run bench` (a timed assertion flakes on a busy machine);
	// the size is deterministic and stays a test.
	it('keeps the full bilingual FRA report small', () => {
		const size = build('both').length;
		expect(size).toBeLessThanOrEqual(300 * 1024);
	});
});

describe('comparison report', () => {
	it('draws every assessment with its (anonymised) label and the item table', () => {
		const a = fullInput();
		const b = {
			...fullInput(),
			answers: fullInput().answers.map((x) => ({ ...x, value: 4 as const }))
		};
		const entries = [
			{ label: 'A', score: scoreAssessment(defaultFramework, a.answers) },
			{ label: 'B', score: scoreAssessment(defaultFramework, b.answers) },
			{ label: 'C', score: scoreAssessment(defaultFramework, []) }
		];
		for (const lang of ['en', 'pl', 'both'] as const) {
			const bytes = buildComparisonReport(
				{ framework: defaultFramework, entries, anonymised: true },
				{ lang, fonts }
			);
			const f = flat(pdfText(bytes));
			expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-');
			expect(f).not.toContain(city.name);
			expect(f).not.toContain(assessment.label);
			if (lang !== 'pl') {
				expect(f).toContain('Comparison of assessments');
				expect(f).toContain('Names are replaced by letters');
			} else expect(f).toContain('Porównanie ocen');
			expect(f).toMatch(/T5 Train staff|T5 Prowadzenie szkoleń/);
			expect(f).toMatch(
				new RegExp(
					`(Overall score|Wynik ogólny).*${Math.round(entries[0]!.score.score!)} 100 ${NO_SCORE}`
				)
			);
		}
	});

	it('marks an item no assessment has a score for with “–” on the radar, and 0 is a score', () => {
		// F4 only N/A and don't know, S5 answered 0, everything else 2
		const answers = defaultFramework.elements
			.flatMap((el) => el.items.flatMap((i) => i.questions))
			.map((q) =>
				answer(
					q.id,
					q.id === 'F4.1' ? 'na' : q.id.startsWith('F4') ? 'dk' : q.id.startsWith('S5') ? 0 : 2
				)
			);
		const score = scoreAssessment(defaultFramework, answers);
		const bytes = buildComparisonReport(
			{
				framework: defaultFramework,
				entries: [
					{ label: 'A', score },
					{ label: 'B', score }
				],
				anonymised: true
			},
			{ lang: 'en', fonts }
		);
		if (process.env.REPORT_OUT) writeFileSync(process.env.REPORT_OUT, bytes);
		const page = flat(pdfText(bytes, 1));
		expect(page).toContain('F4 –');
		expect(page).not.toContain('S5 –');
		expect(page).not.toContain('F1 –');
		expect(page).toContain('Items without a score are marked');

		// one assessment scores F4: its axis is not marked, and the note is left out
		const full = scoreAssessment(defaultFramework, fullInput().answers);
		const mixed = flat(
			pdfText(
				buildComparisonReport(
					{
						framework: defaultFramework,
						entries: [
							{ label: 'A', score },
							{ label: 'B', score: full }
						],
						anonymised: true
					},
					{ lang: 'en', fonts }
				),
				1
			)
		);
		expect(full.items.find((i) => i.id === 'F4')!.score).not.toBeNull();
		expect(mixed).not.toContain('F4 –');
		expect(mixed).not.toContain('Items without a score are marked');
	});

	it('shows names and details when not anonymised', () => {
		const entries = [
			{
				label: 'Łódź',
				detail: 'Baseline 2026',
				score: scoreAssessment(defaultFramework, fullInput().answers)
			}
		];
		const f = flat(
			pdfText(
				buildComparisonReport(
					{ framework: defaultFramework, entries, anonymised: false },
					{ lang: 'pl', fonts }
				)
			)
		);
		expect(f).toContain('Łódź');
		expect(f).toContain('Baseline 2026');
		expect(f).not.toContain('zanonimizowane');
	});
});
