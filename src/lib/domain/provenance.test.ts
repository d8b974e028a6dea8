import { describe, expect, it } from 'vitest';
import { defaultFramework } from './bundled';
import { elementMarks } from './provenance';

const el = (id: string) => defaultFramework.elements.find((e) => e.id === id)!;

describe('elementMarks', () => {
	it('marks nothing that is FRA’s wording in the language read', () => {
		expect(elementMarks(el('foundations'), 'en')).toEqual([]);
		expect(elementMarks(el('foundations'), 'pl')).toEqual([]);
		expect(elementMarks(el('structures'), 'en')).toEqual([]);
	});

	it('marks our translation and our wording', () => {
		expect(elementMarks(el('structures'), 'pl')).toEqual(['subtitleTranslated']);
		expect(elementMarks(el('tools'), 'en')).toEqual(['subtitleOurs']);
		expect(elementMarks(el('tools'), 'pl')).toEqual(['subtitleOurs']);
	});

	it('treats an element without provenance as ours', () => {
		expect(elementMarks({}, 'en')).toEqual(['titleOurs', 'subtitleOurs']);
		expect(elementMarks({}, 'pl')).toEqual(['titleOurs', 'subtitleOurs']);
	});
});
