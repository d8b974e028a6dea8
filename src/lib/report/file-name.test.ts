import { describe, expect, it } from 'vitest';
import * as names from '$lib/domain/file-names';
import { comparisonFileName, fileNamePart, reportFileName } from './file-name';

describe('report file names (from domain/file-names)', () => {
	it('are the shared functions', () => {
		expect(reportFileName).toBe(names.reportFileName);
		expect(comparisonFileName).toBe(names.comparisonFileName);
		expect(fileNamePart('Gdańsk Żółć ĘŚĄ')).toBe('Gdansk-Zolc-ESA');
		expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
		expect(fileNamePart('東京')).toBe('report');
	});
});
