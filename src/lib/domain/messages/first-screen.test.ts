/**
 * The home page renders with start.ts's messages only (later pages' load with
 * them): every message key the home page's code can show must be there. The
 * code is found by following the imports of the root layout and the home page
 * through src/, dynamic ones too (code loaded on demand by the home page can
 * show messages there), but not into the catalogues themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appMessages } from './app';
import { startMessages } from './start';

const SRC = resolve(__dirname, '../../..');
const ENTRIES = ['routes/+layout.svelte', 'routes/+layout.ts', 'routes/+page.svelte'];

function resolveImport(from: string, spec: string): string | undefined {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(SRC, 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return undefined; // a package or $app: not the app's messages
	for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')])
		if (existsSync(candidate) && /\.(ts|svelte)$/.test(candidate)) return candidate;
	return undefined;
}

/** Every source file the home page can run: non-type imports followed from the entries. */
function firstScreenFiles(): Map<string, string> {
	const files = new Map<string, string>();
	const queue = ENTRIES.map((e) => join(SRC, e));
	while (queue.length) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		const text = readFileSync(file, 'utf8');
		files.set(file, text);
		for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
			if (m[1]) continue;
			const target = resolveImport(file, m[2]!);
			if (target) queue.push(target);
		}
		for (const m of text.matchAll(/^\s*import\s+'([^']+)'|\bimport\('([^']+)'\)/gm)) {
			if (m[2]?.includes('/messages/')) continue;
			const target = resolveImport(file, (m[1] ?? m[2])!);
			if (target) queue.push(target);
		}
	}
	return files;
}

describe('the first screen', () => {
	const files = firstScreenFiles();
	const appKeys = Object.keys(appMessages.en);
	const start = new Set(Object.keys(startMessages.en));
	const rel = (f: string) => f.slice(SRC.length + 1);

	it('follows the home page into its components and state', () => {
		const names = [...files.keys()].map(rel);
		for (const expected of [
			'routes/+page.svelte',
			'lib/components/CityCard.svelte',
			'lib/components/Banners.svelte',
			'lib/state/home.svelte.ts',
			'lib/state/notices.svelte.ts',
			'lib/i18n/errors.ts',
			'lib/db/demo.ts'
		])
			expect(names).toContain(expected);
		// the questionnaire's editor loads with the assess page, not here
		expect(names).not.toContain('lib/state/answer-editor.svelte.ts');
	});

	it('has in start.ts every message key its code names', () => {
		const missing: string[] = [];
		for (const [file, text] of files)
			for (const [, key] of text.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g))
				if (appKeys.includes(key!) && !start.has(key!)) missing.push(`${rel(file)}: ${key}`);
		expect(missing).toEqual([]);
	});

	it('has in start.ts every message a key built in its code can name', () => {
		const missing: string[] = [];
		for (const [file, text] of files)
			for (const [, prefix] of text.matchAll(/`([a-zA-Z]+\.(?:[a-zA-Z]+\.)*)\$\{/g))
				for (const key of appKeys.filter((k) => k.startsWith(prefix!)))
					if (!start.has(key)) missing.push(`${rel(file)}: ${prefix}… ${key}`);
		expect(missing).toEqual([]);
	});
});
