/**
 * Sizes: the JS and CSS the first screen loads, every lazy chunk, the
 * service worker's precache, and the JS each page loads before it runs (what
 * its HTML preloads and their static imports). Budgets P1 (gated on the
 * ceiling), P2, P3.
 *
 * First screen = every script and stylesheet Chromium requests while loading
 * `/` with an empty cache and no service worker, until `main h1` is visible
 * and the network is idle (so chunks imported at start-up count too).
 * Sizes are of the files in build/; gzip at level 9.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize, kb } from './_lib.mjs';

export const title = 'Sizes (first screen, lazy chunks, precache)';

/** Strings that identify a library in minified output (kept: they are literals). */
const SIGNATURES = {
	jsPDF: /jsPDF/,
	'Chart.js': /Canvas is already in use|radialLinear/,
	'report font (TTF)': /AAEAAA[A-Za-z0-9+/]{20000}/,
	// the schemas load where data is checked (db/schemas.ts), not with the first screen
	zod: /\$ZodType/
};

function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** Precache URLs listed in build/sw.js (generateSW inlines the manifest). */
function precacheUrls(buildDir) {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
}

/** A precache URL → file in build/ ("/" → index.html, "about" → about.html). */
function fileOfUrl(buildDir, url) {
	const path = url.replace(/^\//, '');
	const candidates = path === '' ? ['index.html'] : [path, `${path}.html`];
	for (const c of candidates) {
		const f = join(buildDir, c);
		if (existsSync(f) && statSync(f).isFile()) return f;
	}
	return undefined;
}

/** Names of chunks from Vite's manifest and the routes whose page preloads them. */
function chunkLabels(root, buildDir) {
	const labels = new Map();
	const manifestPath = join(root, '.svelte-kit/output/client/.vite/manifest.json');
	if (existsSync(manifestPath)) {
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
		for (const [src, entry] of Object.entries(manifest)) {
			const name = entry.name ?? src.split('/').pop();
			labels.set(entry.file, [src.startsWith('src/') ? src.slice(4) : name]);
		}
	}
	for (const html of readdirSync(buildDir).filter((f) => f.endsWith('.html'))) {
		const route = html === 'index.html' ? '/' : `/${html.replace(/\.html$/, '')}`;
		if (route === '/200') continue;
		const text = readFileSync(join(buildDir, html), 'utf8');
		for (const m of text.matchAll(/href="\/(_app\/[^"]+)" rel="modulepreload"/g)) {
			const l = labels.get(m[1]) ?? [];
			l.push(route);
			labels.set(m[1], l);
		}
	}
	return labels;
}

export async function run({ browser, baseUrl, buildDir, root, log }) {
	const rows = [];
	const files = walk(buildDir).map((f) => relative(buildDir, f).split('\\').join('/'));

	// 1. what `/` loads
	log('loading / with an empty cache');
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const loaded = new Map();
	page.on('response', (res) => {
		const type = res.request().resourceType();
		const url = new URL(res.url());
		if (url.origin !== baseUrl) return;
		loaded.set(url.pathname.slice(1), type);
	});
	await page.goto(`${baseUrl}/`);
	await page.locator('main h1').waitFor({ state: 'visible' });
	await page.waitForLoadState('networkidle');
	await context.close();

	const isJs = (f) => f.endsWith('.js') || f.endsWith('.mjs');
	const firstJs = [...loaded.keys()].filter((f) => isJs(f) && files.includes(f));
	const firstCss = [...loaded.keys()].filter((f) => f.endsWith('.css') && files.includes(f));
	const other = [...loaded.keys()].filter((f) => !isJs(f) && !f.endsWith('.css'));
	const size = (list) =>
		list.reduce(
			(s, f) => {
				const path = join(buildDir, f);
				return { raw: s.raw + statSync(path).size, gz: s.gz + gzipSize(path) };
			},
			{ raw: 0, gz: 0 }
		);
	const js = size(firstJs);
	const css = size(firstCss);
	rows.push({
		name: `first-screen JS + CSS, gzip (${firstJs.length + firstCss.length} files)`,
		value: kb(js.gz + css.gz),
		unit: 'KB',
		budget: 'P1',
		target: 94,
		limit: 96,
		note: `raw ${kb(js.raw + css.raw)} KB; files Chromium loads for / until main h1 is visible and the network is idle`
	});
	rows.push({
		name: `first-screen JS, gzip (${firstJs.length} files)`,
		value: kb(js.gz),
		unit: 'KB'
	});
	rows.push({ name: 'first-screen JS, raw', value: kb(js.raw), unit: 'KB' });
	rows.push({
		name: `first-screen CSS, gzip (${firstCss.length} files)`,
		value: kb(css.gz),
		unit: 'KB',
		note: `raw ${kb(css.raw)} KB`
	});
	rows.push({ name: 'first-screen CSS, raw', value: kb(css.raw), unit: 'KB' });
	const fontsLoaded = other.filter((f) => /\.(ttf|woff2?|otf)$/.test(f));

	// what the first screen loads, chunk by chunk (the attribution to act on)
	const labels = chunkLabels(root, buildDir);
	for (const f of firstJs
		.map((f) => ({ f, gz: gzipSize(join(buildDir, f)) }))
		.sort((a, b) => b.gz - a.gz)
		.filter((c) => c.gz >= 1024)) {
		rows.push({
			name: `  first ${f.f.replace('_app/immutable/', '')}`,
			value: kb(f.gz),
			unit: 'KB',
			note: (labels.get(f.f) ?? []).filter((l, i, a) => a.indexOf(l) === i).join(' ')
		});
	}

	// 2. P2: no jsPDF, font or Chart.js in the first-screen JS
	const allJs = files.filter(isJs);
	const text = (f) => readFileSync(join(buildDir, f), 'latin1');
	for (const [lib, re] of Object.entries(SIGNATURES)) {
		const inFirst = firstJs.filter((f) => re.test(text(f)));
		const inBuild = allJs.filter((f) => re.test(text(f)));
		const fontFile = lib.startsWith('report font') ? fontsLoaded : [];
		const found = [...inFirst, ...fontFile];
		rows.push({
			name: `${lib} in first-screen JS`,
			value: found.length ? 'yes' : 'no',
			unit: '',
			budget: 'P2',
			pass: found.length === 0,
			note: found.length
				? `found in ${found.join(', ')}`
				: inBuild.length
					? `lazy: in ${inBuild.length} other chunk(s)`
					: lib.startsWith('report font')
						? 'fonts are separate .ttf files; none requested by /'
						: 'not in the build at all (not used yet)'
		});
	}

	// what each page loads before it runs: the JS its HTML preloads, with all their static
	// imports (Vite's manifest; the HTML preloads only some of them), and the libraries in it
	const manifestPath = join(root, '.svelte-kit/output/client/.vite/manifest.json');
	if (existsSync(manifestPath)) {
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
		const byFile = new Map(Object.entries(manifest).map(([key, c]) => [c.file, key]));
		const pages = readdirSync(buildDir).filter((f) => f.endsWith('.html') && f !== '200.html');
		for (const html of pages.sort()) {
			const keys = new Set();
			const add = (key) => {
				if (keys.has(key) || !manifest[key]) return;
				keys.add(key);
				for (const i of manifest[key].imports ?? []) add(i);
			};
			for (const m of readFileSync(join(buildDir, html), 'utf8').matchAll(/href="\/([^"]+\.js)"/g))
				add(byFile.get(m[1]));
			const js = [...keys].map((key) => manifest[key].file);
			const libs = Object.entries(SIGNATURES)
				.filter(([, re]) => js.some((f) => re.test(text(f))))
				.map(([lib]) => lib);
			rows.push({
				name: `page ${html === 'index.html' ? '/' : `/${html.replace(/\.html$/, '')}`}: JS before it runs, gzip (${js.length} files)`,
				value: kb(js.reduce((sum, f) => sum + gzipSize(join(buildDir, f)), 0)),
				unit: 'KB',
				note: libs.length ? `with ${libs.join(', ')}` : 'none of jsPDF, Chart.js, the font, zod'
			});
		}
	}

	// 3. lazy chunks: every JS file the first screen does not load
	const lazy = allJs
		.filter((f) => !firstJs.includes(f) && f.startsWith('_app/'))
		.map((f) => ({ f, raw: statSync(join(buildDir, f)).size, gz: gzipSize(join(buildDir, f)) }))
		.sort((a, b) => b.gz - a.gz);
	for (const { f, raw, gz } of lazy) {
		const label = (labels.get(f) ?? []).filter((l, i, a) => a.indexOf(l) === i);
		// workers/<name>.worker-<hash>.js, and the chunks they share (workers/chunks/)
		const worker = /\/workers\/([\w-]+)\.worker-/.exec(f)?.[1];
		const kind = f.includes('/workers/')
			? worker
				? `${worker} worker`
				: 'a worker chunk'
			: Object.entries(SIGNATURES)
					.filter(([, re]) => re.test(text(f)))
					.map(([lib]) => lib)
					.join(', ');
		rows.push({
			name: `lazy ${f.replace('_app/immutable/', '')}`,
			value: kb(gz),
			unit: 'KB',
			note: [`raw ${kb(raw)} KB`, label.join(' '), kind].filter(Boolean).join('; ')
		});
	}
	rows.push({
		name: `lazy JS total, gzip (${lazy.length} files)`,
		value: kb(lazy.reduce((s, c) => s + c.gz, 0)),
		unit: 'KB'
	});

	// 4. precache (P3)
	const urls = precacheUrls(buildDir);
	const precached = urls.map((u) => ({ u, f: fileOfUrl(buildDir, u) }));
	const unresolved = precached.filter((p) => !p.f).map((p) => p.u);
	const sizes = precached
		.filter((p) => p.f)
		.map((p) => ({ f: relative(buildDir, p.f), size: statSync(p.f).size }));
	const total = sizes.reduce((s, p) => s + p.size, 0);
	const largest = sizes.reduce((m, p) => (p.size > m.size ? p : m), { f: '-', size: 0 });
	rows.push({
		name: `precache total (${urls.length} entries)`,
		value: kb(total),
		unit: 'KB',
		note: unresolved.length ? `no file for ${unresolved.join(', ')}` : 'raw bytes of the files'
	});
	rows.push({
		name: 'largest precached file',
		value: kb(largest.size),
		unit: 'KB',
		budget: 'P3',
		limit: 2048,
		note: largest.f
	});
	const precachedFiles = new Set(sizes.map((s) => s.f.split('\\').join('/')));
	const needed = files.filter(
		(f) =>
			(f.startsWith('_app/immutable/') && /\.(js|css|ttf|woff2?|json|png|svg)$/.test(f)) ||
			(f.endsWith('.html') && f !== '200.html')
	);
	const missing = needed.filter((f) => !precachedFiles.has(f));
	rows.push({
		name: 'app files not precached',
		value: missing.length,
		unit: 'files',
		budget: 'P3',
		limit: 0,
		note: missing.length
			? missing.join(', ')
			: `all ${needed.length} JS/CSS/font/page files under build/ are precached`
	});
	return rows;
}
