import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/domain/framework-tree';
import { defaultFramework } from '$lib/domain/bundled';
import { buildAssessmentReport } from './assessment-report';
import { loadFontsNode } from './fonts-node';
import { CONSENSUS_NOTE, TEAM, TOP_COMMENTS, fullInput, teamInput } from './fixtures.test-util';
import { flat, pdfInfo, pdfText } from './pdf-tools.test-util';
import type { AssessmentReportInput, ReportLanguage } from './types';

const fonts = await loadFontsNode();

function build(lang: ReportLanguage, input: AssessmentReportInput) {
	return buildAssessmentReport(input, { lang, fonts, generatedAt: Date.UTC(2026, 10, 25) });
}

const HEADING = { en: 'Team self-assessment', pl: 'Samoocena zespołowa' } as const;
const METHOD = { en: 'Methodology', pl: 'Metodyka' } as const;

/** The team section's text: from its heading to the methodology's. */
function teamText(lang: ReportLanguage, input: AssessmentReportInput): string {
	const f = flat(pdfText(build(lang, input)));
	const first = lang === 'pl' ? 'pl' : 'en';
	const start = f.lastIndexOf(HEADING[first]);
	expect(start).toBeGreaterThan(0);
	const end = f.lastIndexOf(METHOD[first]);
	expect(end).toBeGreaterThan(start);
	return f.slice(start, end);
}

const level = { en: 'Level', pl: 'Poziom', both: 'Level / Poziom' } as const;
const top = allQuestions(defaultFramework)[0]!.question.id;
const second = allQuestions(defaultFramework)[1]!.question.id;

describe('team section of the assessment report', () => {
	it.each(['en', 'pl', 'both'] as const)(
		'%s: who took part, agreement, top disagreement with comments, consensus note',
		(lang) => {
			const t = teamText(lang, teamInput());
			const en = lang !== 'pl';
			const pl = lang !== 'en';
			expect(t).toContain(`${TEAM.zofia.name} (${TEAM.zofia.department})`);
			expect(t).toContain(`${TEAM.lukasz.name} (${TEAM.lukasz.department})`);
			// the respondent without a name is named by letter (third: C)
			expect(t).toContain('Respondent C');
			// 0, 4, 2: pairs differ by 4, 2, 2 → 8/3/4 = 67%; 2, 3 (N/A apart) → 25%
			expect(t).toMatch(new RegExp(`1\\. ${top} · Disagreement 67%|1\\. ${top} · Rozbieżność 67%`));
			expect(t).toMatch(new RegExp(`2\\. ${second} · .*?25%`));
			for (const c of TOP_COMMENTS) expect(t).toContain(c);
			expect(t).toContain(
				`${TEAM.zofia.name} (${TEAM.zofia.department}) – ${level[lang]} 0: ${TOP_COMMENTS[0]}`
			);
			// only two questions disagree: no third entry
			expect(t).not.toMatch(/ 3\. \S+ · (Disagreement|Rozbieżność)/);
			expect(t).toContain(CONSENSUS_NOTE);
			// agreement per element: the first element's mean over its 15 compared questions
			expect(t).toMatch(/(Foundations |Podstawy )+6% 15 /);
			if (en) {
				expect(t).toContain('Who took part');
				expect(t).toContain('Agreement per element');
				expect(t).toContain('Mean disagreement');
				expect(t).toContain('Largest disagreements');
				expect(t).toContain('Consensus decisions');
			}
			if (pl) {
				expect(t).toContain('Skład zespołu');
				expect(t).toContain('Zgodność w poszczególnych elementach');
				expect(t).toContain('Największe rozbieżności');
				expect(t).toContain('Uzgodnione stanowisko');
				expect(t).toContain('Uzasadnienie');
			}
			// N/A is shown apart from the levels
			expect(t).toContain(
				{ en: 'N/A: 1', pl: 'nie dotyczy: 1', both: 'N/A / nie dotyczy: 1' }[lang]
			);
			if (lang === 'en') expect(t).not.toContain('Rozbieżność');
			if (lang === 'pl') expect(t).not.toContain('Disagreement');
		}
	);

	it.each(['en', 'pl', 'both'] as const)(
		'%s: the consensus decisions are compact: one row per note, the other decisions and the open questions as lists',
		(lang) => {
			const input = teamInput();
			const third = allQuestions(defaultFramework)[2]!.question.id;
			// the third question has no consensus yet
			input.answers = input.answers.filter((a) => a.questionId !== third);
			const bytes = build(lang, input);
			const t = teamText(lang, input);
			const consensus = t.slice(
				t.lastIndexOf(lang === 'pl' ? 'Uzgodnione stanowisko' : 'Consensus decisions')
			);
			// the note's row: question, level as a number, note
			expect(consensus).toContain(`${top} 2 ${CONSENSUS_NOTE}`);
			// a decision without a note (the second question: level 1) is listed, not a row
			const agreed = { en: 'Agreed', pl: 'Uzgodniono', both: 'Agreed / Uzgodniono' }[lang];
			expect(consensus).toMatch(new RegExp(`${agreed} (\\S+: [^·]+ · )*${second}: 1 · `));
			// every decision is there once
			for (const a of input.answers.filter((x) => x.value !== null))
				expect(consensus).toContain(`${a.questionId}${a.comment.trim() ? ' ' : ': '}`);
			const open = {
				en: 'Not agreed yet',
				pl: 'Jeszcze nie uzgodniono',
				both: 'Not agreed yet / Jeszcze nie uzgodniono'
			}[lang];
			expect(consensus).toContain(`${open} ${third}`);
			// from about four pages to at most two: find the pages of its heading and of the methodology
			const pages = Number(pdfInfo(bytes).Pages);
			const pageOf = (text: string) =>
				Array.from({ length: pages }, (_, i) => i + 1).filter((p) =>
					flat(pdfText(bytes, p)).includes(text)
				);
			const from = pageOf(lang === 'pl' ? 'Uzgodnione stanowisko' : 'Consensus decisions').at(-1)!;
			const to = pageOf(lang === 'pl' ? 'Metodyka' : 'Methodology').at(-1)!;
			expect(to - from).toBeLessThanOrEqual(2);
		}
	);

	it.each(['en', 'pl', 'both'] as const)('%s anonymised: letters and a count, no names', (lang) => {
		const t = teamText(lang, { ...teamInput(), anonymised: true });
		for (const p of [TEAM.zofia, TEAM.lukasz]) {
			expect(t).not.toContain(p.name);
			expect(t).not.toContain(p.department);
		}
		expect(t).toContain(`Respondent A – ${level[lang]} 0: ${TOP_COMMENTS[0]}`);
		expect(t).toContain(`Respondent B – ${level[lang]} 4: ${TOP_COMMENTS[1]}`);
		if (lang !== 'pl') expect(t).toContain('3 respondents took part; names are not shown.');
		if (lang !== 'en')
			expect(t).toContain('W ocenie wzięło udział 3 respondentów; nazwisk nie podano.');
	});

	it.each(['en', 'pl', 'both'] as const)('%s: no team section without respondents', (lang) => {
		for (const input of [fullInput(), { ...teamInput(), respondents: [] }]) {
			const f = flat(pdfText(build(lang, input)));
			expect(f).not.toContain(HEADING.en);
			expect(f).not.toContain(HEADING.pl);
			expect(f).not.toContain(TOP_COMMENTS[0]);
		}
	});
});
