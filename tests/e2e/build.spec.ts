import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Checks on the built app and its service worker (no browser needed). */
const sw = readFileSync('build/sw.js', 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

test('the service worker precaches the shell, every route and every chunk', () => {
	for (const route of ['/', 'assess', 'results', 'compare', 'data', 'about'])
		expect(precached, route).toContain(route);
	expect(precached).toContain('manifest.webmanifest');
	const chunks = walk('build/_app/immutable')
		.map((p) => p.replace(/^build\//, ''))
		.filter((p) => /\.(js|css|ttf)$/.test(p));
	expect(chunks.length).toBeGreaterThan(5);
	for (const c of chunks) expect(precached, c).toContain(c);
	expect(sw).toContain('createHandlerBoundToURL("/")');
});

test('the framework definition is inside the precached app code', () => {
	const js = walk('build/_app/immutable').filter((p) => p.endsWith('.js'));
	const withFramework = js.filter((p) =>
		readFileSync(p, 'utf8').includes('Zobowiązanie do poszanowania, ochrony i przestrzegania')
	);
	expect(withFramework.length).toBeGreaterThan(0);
	for (const p of withFramework) expect(precached).toContain(p.replace(/^build\//, ''));
});

test('no precached file is over 2 MiB', () => {
	for (const url of precached) {
		const file =
			url === '/' ? 'build/index.html' : join('build', url.includes('.') ? url : `${url}.html`);
		expect(statSync(file).size, url).toBeLessThan(2 * 1024 * 1024);
	}
});

test('the manifest makes the app installable', () => {
	const manifest = JSON.parse(readFileSync('build/manifest.webmanifest', 'utf8'));
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
	expect(readFileSync('build/index.html', 'utf8')).toContain('rel="manifest"');
});

test('zod loads where data is checked, not with the questionnaire, results or compare page', () => {
	// Vite's manifest: every chunk's static imports (a page's HTML preloads only some of them)
	const manifest: Record<string, { file: string; imports?: string[] }> = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	);
	const byFile = new Map(Object.entries(manifest).map(([key, c]) => [c.file, key]));
	/** the JS a prerendered page loads before it runs: what it preloads, with their static imports */
	const loaded = (page: string) => {
		const keys = new Set<string>();
		const add = (key: string) => {
			if (keys.has(key)) return;
			keys.add(key);
			for (const i of manifest[key]?.imports ?? []) add(i);
		};
		for (const m of readFileSync(`build/${page}.html`, 'utf8').matchAll(/href="\/([^"]+\.js)"/g)) {
			const key = byFile.get(m[1]!);
			if (key) add(key);
		}
		return [...keys].map((key) => readFileSync(join('build', manifest[key]!.file), 'utf8'));
	};
	const withZod = (page: string) => loaded(page).filter((js) => js.includes('ZodType')).length;
	// the team page reads response files: it loads the schemas at once (and shows the check is real)
	expect(withZod('team')).toBeGreaterThan(0);
	for (const page of ['index', 'assess', 'results', 'compare', 'about']) {
		expect(loaded(page).length, page).toBeGreaterThan(5);
		expect(withZod(page), page).toBe(0);
	}
});
