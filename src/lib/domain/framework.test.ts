import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Framework, type FrameworkInput } from './framework';
import { allQuestions } from './framework-tree';

const raw = JSON.parse(readFileSync('frameworks/fra-hrc/framework.json', 'utf8')) as FrameworkInput;
const archived100 = JSON.parse(
	readFileSync('frameworks/fra-hrc/archive/1.0.0.json', 'utf8')
) as FrameworkInput;

/** The items of the FRA reference (../shared/reference/fra-framework.md), with official EN titles. */
const REFERENCE: Record<string, string> = {
	F1: 'Commit to respect, protect and fulfil the rights and freedoms in the EU Charter of Fundamental Rights and the EU law',
	F2: 'Commit to protect, respect and fulfil international human rights standards',
	F3: "Commit to the UN's SDGs and the 2030 Agenda for Sustainable Development",
	F4: 'Commit to contribute to international monitoring mechanisms',
	S1: "Adopt a declaration to affirm the city's commitment to human rights",
	S2: 'Nominate an elected representative on human rights',
	S3: 'Establish a human rights office or department',
	S4: 'Establish a consultative participatory council on human rights',
	S5: 'Establish an anti-discrimination office or local ombudsperson',
	T1: '',
	T2: '',
	T3: '',
	T4: '',
	T5: ''
};
const OFFICIAL_PL: Record<string, string> = {
	F1: 'Zobowiązanie do poszanowania, ochrony i przestrzegania praw i wolności zapisanych w Karcie praw podstawowych Unii Europejskiej oraz w prawie UE',
	F2: 'Zobowiązanie do ochrony, poszanowania i przestrzegania międzynarodowych standardów praw człowieka',
	F3: 'Zobowiązanie do realizacji celów zrównoważonego rozwoju ONZ i Agendy na rzecz zrównoważonego rozwoju 2030'
};

function collectTexts(value: unknown, path = ''): { path: string; text: unknown }[] {
	if (value && typeof value === 'object' && 'en' in value && 'pl' in value)
		return [
			{ path: `${path}.en`, text: (value as { en: unknown }).en },
			{ path: `${path}.pl`, text: (value as { pl: unknown }).pl }
		];
	if (Array.isArray(value)) return value.flatMap((v, i) => collectTexts(v, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => collectTexts(v, `${path}.${k}`));
	return [];
}

describe('the FRA framework definition', () => {
	const parsed = Framework.safeParse(raw);

	it('validates against the framework schema', () => {
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	const fw = parsed.data!;

	it('has the three elements in order', () => {
		expect(fw.elements.map((e) => e.id)).toEqual(['foundations', 'structures', 'tools']);
		expect(fw.elements.map((e) => e.title.pl)).toEqual(['Podstawy', 'Struktury', 'Narzędzia']);
	});

	it('contains every item of the reference with its official English title', () => {
		const items = new Map(fw.elements.flatMap((e) => e.items).map((i) => [i.id, i]));
		expect([...items.keys()].sort()).toEqual(Object.keys(REFERENCE).sort());
		for (const [id, title] of Object.entries(REFERENCE)) {
			const item = items.get(id)!;
			if (title) {
				expect(item.title.en).toBe(title);
				expect(item.provenance.title).toBe('verified');
			} else expect(item.provenance.title).toBe('topic');
		}
		for (const [id, title] of Object.entries(OFFICIAL_PL)) {
			expect(items.get(id)!.title.pl).toBe(title);
			expect(items.get(id)!.provenance.titlePl).toBe('official');
		}
		expect(items.get('F4')!.provenance.titlePl).toBe('proposed');
	});

	it('has 3–6 questions per item, a structural one first, ids unique', () => {
		const qs = allQuestions(fw);
		expect(new Set(qs.map((q) => q.question.id)).size).toBe(qs.length);
		for (const e of fw.elements)
			for (const i of e.items) {
				expect(i.questions.length).toBeGreaterThanOrEqual(3);
				expect(i.questions.length).toBeLessThanOrEqual(6);
				expect(i.questions[0]!.lens, i.id).toBe('structural');
				for (const q of i.questions) expect(q.id.startsWith(`${i.id}.`), q.id).toBe(true);
			}
	});

	it('anchors every question: five level descriptions in English and Polish, all different', () => {
		for (const { question: q } of allQuestions(fw)) {
			expect(q.anchors, q.id).toHaveLength(5);
			const anchors = q.anchors!;
			for (const lang of ['en', 'pl'] as const)
				expect(new Set(anchors.map((a) => a[lang])).size, `${q.id} ${lang}`).toBe(5);
			for (const a of anchors) expect(a.pl, q.id).not.toBe(a.en);
		}
	});

	it('keeps every question id of 1.0.0, so answers carry over to this version', () => {
		const v1 = Framework.parse(archived100);
		expect(v1.version).toBe('1.0.0');
		const ids = new Set(allQuestions(fw).map((q) => q.question.id));
		const old = allQuestions(v1).map((q) => q.question.id);
		expect(old).toHaveLength(42);
		expect(old.filter((id) => !ids.has(id))).toEqual([]);
		expect(fw.version.split('.')[0]).toBe('2');
	});

	it('keeps the official titles of 1.0.0 word for word', () => {
		const v1 = Framework.parse(archived100);
		const before = new Map(v1.elements.flatMap((e) => e.items).map((i) => [i.id, i]));
		for (const i of fw.elements.flatMap((e) => e.items)) {
			const old = before.get(i.id)!;
			if (i.provenance.title === 'verified') expect(i.title.en).toBe(old.title.en);
			if (i.provenance.titlePl === 'official') expect(i.title.pl).toBe(old.title.pl);
		}
	});

	it('marks element subtitles that are not FRA’s wording', () => {
		const prov = Object.fromEntries(fw.elements.map((e) => [e.id, e.provenance]));
		expect(prov.foundations).toMatchObject({ subtitle: 'verified', subtitlePl: 'official' });
		expect(prov.structures).toMatchObject({ subtitle: 'verified', subtitlePl: 'proposed' });
		expect(prov.tools).toMatchObject({ subtitle: 'ours', subtitlePl: 'proposed' });
	});

	it('has every text non-empty in both languages, and Polish that is not a copy of English', () => {
		const texts = collectTexts(raw);
		expect(texts.length).toBeGreaterThan(200);
		for (const { path, text } of texts) {
			expect(typeof text, path).toBe('string');
			expect((text as string).trim().length, path).toBeGreaterThan(0);
		}
		const questionTexts = allQuestions(fw).map((q) => q.question.text);
		for (const t of questionTexts) expect(t.pl).not.toBe(t.en);
		expect(questionTexts.some((t) => /[ąęłśżźćńó]/.test(t.pl))).toBe(true);
	});

	it('defines the answer scale 0–4 plus N/A and don’t know', () => {
		expect(fw.scale.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
		expect(fw.scale.special.map((s) => s.value).sort()).toEqual(['dk', 'na']);
	});
});

describe('the framework schema', () => {
	it('rejects duplicate question ids', () => {
		const copy = structuredClone(raw);
		copy.elements[0]!.items[0]!.questions[1]!.id = copy.elements[0]!.items[0]!.questions[0]!.id;
		const r = Framework.safeParse(copy);
		expect(r.success).toBe(false);
		expect(JSON.stringify(r.error?.issues)).toContain('duplicate question id');
	});

	it('rejects a missing Polish text and unknown keys', () => {
		const copy = structuredClone(raw) as unknown as { title: { pl?: string }; extra?: number };
		delete copy.title.pl;
		expect(Framework.safeParse(copy).success).toBe(false);
		const copy2 = { ...structuredClone(raw), extra: 1 };
		expect(Framework.safeParse(copy2).success).toBe(false);
	});

	it('rejects a bad version string', () => {
		expect(Framework.safeParse({ ...raw, version: 'v1' }).success).toBe(false);
	});
});
