/** The compare page's address: the selection read from it and written back. */
import { describe, expect, it } from 'vitest';
import { parseSelection, selectionHref } from './compare-address';

const params = (qs: string) => new URLSearchParams(qs);

describe('the selection in the address', () => {
	it('reads ids (trimmed, without duplicates or blanks) and anonymise', () => {
		expect(parseSelection(params('ids= a ,b,,a&anon=1'))).toEqual({
			ids: ['a', 'b'],
			anonymise: true,
			team: []
		});
		expect(parseSelection(params(''))).toEqual({ ids: [], anonymise: false, team: [] });
	});
	it('writes it back with readable commas', () => {
		expect(selectionHref({ ids: ['a', 'b'], anonymise: true })).toBe('/compare?ids=a,b&anon=1');
		expect(selectionHref({ ids: [], anonymise: false })).toBe('/compare');
	});
});
