/**
 * The message catalogue: plural forms for English and Polish, number formats,
 * the English fallback, and a lint of every message in every part (what the
 * types cannot see: the plural forms each language needs).
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../framework';
import { appMessages } from './app';
import { defineMessages, interpolate, pluralForms, render, translate } from './catalogue';
import core from './core';
import { dataMessages } from './data';
import exchange from './exchange';
import { formatDate, formatNumber, formatPercent, pluralCategory } from './format';
import pdf from './pdf';
import quality from './quality';
import report from './report';
import results from './results';
import team from './team';

const NBSP = '\u00a0';

describe('plural forms', () => {
	const odpowiedz = '{n|one:# odpowiedź|few:# odpowiedzi|many:# odpowiedzi|other:# odpowiedzi}';
	const pytanie = '{n|one:# pytanie|few:# pytania|many:# pytań|other:# pytania}';

	it('Polish: one (1), few (2–4, 22–24), many (0, 5–21, 25…)', () => {
		const say = (text: string, n: number) => interpolate('pl', text, { n });
		expect([1, 2, 4, 5, 12, 14, 22, 24].map((n) => say(odpowiedz, n))).toEqual([
			'1 odpowiedź',
			'2 odpowiedzi',
			'4 odpowiedzi',
			'5 odpowiedzi',
			'12 odpowiedzi',
			'14 odpowiedzi',
			'22 odpowiedzi',
			'24 odpowiedzi'
		]);
		expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 24, 25, 102].map((n) => say(pytanie, n))).toEqual([
			'0 pytań',
			'1 pytanie',
			'2 pytania',
			'4 pytania',
			'5 pytań',
			'11 pytań',
			'12 pytań',
			'14 pytań',
			'21 pytań',
			'22 pytania',
			'24 pytania',
			'25 pytań',
			'102 pytania'
		]);
	});

	it('English: one and other; an exact =0 form comes first', () => {
		const text = '{n|=0:no file|one:# file|other:# files}';
		expect([0, 1, 2, 21].map((n) => interpolate('en', text, { n }))).toEqual([
			'no file',
			'1 file',
			'2 files',
			'21 files'
		]);
	});

	it('several counts in one message each choose their own form', () => {
		expect(
			translate(exchange, 'pl', 'fw.migrateSummary', {
				carried: 22,
				dropped: 1,
				added: 5,
				version: '1.1.0'
			})
		).toBe(
			'22 odpowiedzi zostaną przeniesione. 1 odpowiedź nie ma odpowiadającego pytania w wersji 1.1.0 i pozostanie tylko w pierwotnej ocenie. 5 pytań jest nowych.'
		);
		expect(
			translate(exchange, 'en', 'fw.migrateSummary', {
				carried: 1,
				dropped: 2,
				added: 0,
				version: '1.1.0'
			})
		).toBe(
			'1 answer carries over. 2 answers have no matching question in version 1.1.0 and stay only in the original assessment. 0 questions are new.'
		);
	});

	it('the messages the review found broken read naturally', () => {
		const en = (key: string, params: Record<string, number>) =>
			render(dataMessages, 'en', key, params);
		const pl = (key: string, params: Record<string, number>) =>
			render(dataMessages, 'pl', key, params);
		expect(en('results.unansweredCount', { count: 1 })).toBe('1 question');
		expect(pl('results.unansweredCount', { count: 3 })).toBe('3 pytania');
		expect(en('import.run', { count: 1 })).toBe('Import 1 file');
		expect(en('import.run', { count: 3 })).toBe('Import 3 files');
		expect(pl('import.run', { count: 3 })).toBe('Zaimportuj 3 pliki');
		expect(pl('import.run', { count: 5 })).toBe('Zaimportuj 5 plików');
		expect(pl('import.done', { count: 1 })).toBe('Zaimportowano 1 plik.');
		expect(en('fw.used', { count: 1 })).toBe('used by 1 assessment');
		expect(pl('fw.used', { count: 2 })).toBe('używana w 2 ocenach');
		expect(en('assessment.deleteBody', { count: 1 })).toBe(
			'This deletes the assessment and its answer from this device.'
		);
		expect(pl('assessment.deleteBody', { count: 12 })).toBe(
			'Ocena wraz z 12 odpowiedziami zostanie usunięta z tego urządzenia.'
		);
		expect(en('results.coverageText', { answered: 1, total: 1, pct: 100 })).toBe(
			'1 of 1 question answered (100)'
		);
		expect(pl('results.coverageText', { answered: 3, total: 42, pct: 7 })).toBe(
			'Udzielono odpowiedzi na 3 z 42 pytań (7)'
		);
		expect(translate(pdf, 'en', 'nextStepUnknownText', { count: 1 })).toBe(
			'1 question was answered “don’t know”. Note whom to ask and come back to it.'
		);
		expect(translate(pdf, 'pl', 'nextStepUnansweredText', { count: 2, total: 42 })).toMatch(
			/^Na 2 z 42 pytań nie udzielono/
		);
	});
});

describe('values', () => {
	it('numbers take the locale’s separators; text is inserted as given or wrapped', () => {
		expect(interpolate('en', '{n} KB', { n: 12345 })).toBe('12,345 KB');
		expect(interpolate('pl', '{n} KB', { n: 12345 })).toBe(`12${NBSP}345 KB`);
		expect(interpolate('pl', '{n}', { n: 1234 })).toBe('1234');
		expect(interpolate('pl', '{n}', { n: 1.5 })).toBe('1,5');
		expect(interpolate('en', '“{name}”', { name: 'Łódź' }, (s) => `[${s}]`)).toBe('“[Łódź]”');
		expect(interpolate('en', '{year}', { year: '2026' })).toBe('2026');
	});

	it('a placeholder without a value stays visible', () => {
		expect(interpolate('en', 'Delete {name}?', {})).toBe('Delete {name}?');
		expect(interpolate('en', 'Delete {name}?')).toBe('Delete {name}?');
	});

	it('dates, percentages and plural categories come from Intl, per locale', () => {
		const ms = Date.UTC(2026, 2, 12, 12);
		expect(formatDate('en', ms)).toBe('12 Mar 2026');
		expect(formatDate('pl', ms, { style: 'long' })).toBe('12 marca 2026');
		expect(formatPercent('en', 0.07)).toBe('7%');
		expect(formatPercent('pl', 0.125)).toBe('13%');
		expect(formatNumber('en', 1.25, 1)).toBe('1.3');
		expect(formatNumber('pl', 1.25, 1)).toBe('1,3');
		expect(pluralCategory('pl', 22)).toBe('few');
	});
});

describe('fallback', () => {
	const messages = defineMessages({
		en: { hello: 'Hello {name}', only: 'English only' },
		pl: { hello: 'Dzień dobry {name}', only: '' }
	});

	it('a blank Polish text shows the English one, never nothing', () => {
		expect(render(messages, 'pl', 'only')).toBe('English only');
		expect(translate(messages, 'pl', 'hello', { name: 'Anna' })).toBe('Dzień dobry Anna');
		expect(render(messages, 'pl', 'missing')).toBe('missing');
	});
});

describe('every message', () => {
	const parts = { core, results, report, quality, exchange, pdf, team };
	const CATEGORIES: Record<Locale, string[]> = {
		en: ['one', 'other'],
		pl: ['one', 'few', 'many', 'other']
	};
	const PLACEHOLDER = /\{(\w+)(?:\|([^{}]*))?\}/g;
	const names = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));

	for (const [part, messages] of Object.entries(parts)) {
		it(`${part}: well-formed placeholders, complete plurals, Polish present`, () => {
			const problems: string[] = [];
			for (const locale of ['en', 'pl'] as const) {
				for (const [key, text] of Object.entries(messages[locale] as Record<string, string>)) {
					const where = `${part} ${locale} ${key}`;
					if (text.trim() === '') problems.push(`${where}: blank`);
					if (/\(s\)/.test(text)) problems.push(`${where}: "(s)" instead of a plural`);
					// every brace belongs to a placeholder
					if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) problems.push(`${where}: stray brace`);
					for (const [, name, forms] of text.matchAll(PLACEHOLDER)) {
						if (forms === undefined) continue;
						const found = pluralForms(forms);
						for (const [category, form] of found) {
							if (!/^(=\d+|zero|one|two|few|many|other)$/.test(category))
								problems.push(`${where}: {${name}} has an unknown form "${category}"`);
							if (!form.includes('#') && !category.startsWith('=') && /\d/.test(form))
								problems.push(`${where}: {${name}} form "${category}" has a digit, not #`);
						}
						for (const category of CATEGORIES[locale])
							if (!found.has(category))
								problems.push(`${where}: {${name}} lacks the "${category}" form`);
					}
				}
			}
			for (const [key, text] of Object.entries(messages.pl as Record<string, string>)) {
				const english = names((messages.en as Record<string, string>)[key] ?? '');
				for (const name of names(text))
					if (!english.has(name)) problems.push(`${part} pl ${key}: {${name}} not in English`);
			}
			expect(problems).toEqual([]);
		});
	}

	it('no two parts of the app share a key (a later part would hide the earlier)', () => {
		const app = [core, results, report, quality, exchange, team].flatMap((p) => Object.keys(p.en));
		expect(app.length).toBe(new Set(app).size);
		expect(Object.keys(dataMessages.en).length).toBe(app.length);
		expect(Object.keys(appMessages.en).length).toBe(app.length - Object.keys(exchange.en).length);
	});
});
