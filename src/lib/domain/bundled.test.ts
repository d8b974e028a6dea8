import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFrameworks, defaultFramework, findFramework } from './bundled';
import { Framework } from './framework';

const parsedFile = (path: string) => Framework.parse(JSON.parse(readFileSync(path, 'utf8')));

describe('bundled framework definitions (parsed at build time)', () => {
	it('are exactly what Framework.parse makes of the files, newest first', () => {
		expect(bundledFrameworks).toEqual([
			parsedFile('frameworks/fra-hrc/framework.json'),
			parsedFile('frameworks/fra-hrc/archive/1.0.0.json')
		]);
		expect(defaultFramework).toBe(bundledFrameworks[0]);
	});

	it('have the defaults and trimmed texts of the parse, not the raw file', () => {
		const raw = JSON.parse(readFileSync('frameworks/fra-hrc/framework.json', 'utf8'));
		// the file leaves weights to their default: the parse fills them in
		expect(raw.elements[0].weight).toBeUndefined();
		expect(defaultFramework.elements[0]!.weight).toBe(1);
		expect(defaultFramework.elements[0]!.items[0]!.questions[0]!.weight).toBe(1);
	});

	it('are found by id and version', () => {
		expect(findFramework('fra-hrc', '1.0.0')).toBe(bundledFrameworks[1]);
		expect(findFramework('fra-hrc', '9.9.9')).toBeUndefined();
	});
});
