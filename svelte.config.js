import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * SvelteKit's route announcer (the visually hidden live region that reads the
 * new page title after a navigation) carries an inline style attribute. Allow
 * that exact attribute value by its hash ('unsafe-hashes'), and no other
 * inline style. Read from Kit's source so that a Kit update cannot silently
 * break it (the CSP browser test would catch a mismatch too).
 */
function announcerStyleHash() {
	const root = readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	);
	const style = /id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(root)?.[1];
	if (!style) throw new Error('svelte.config.js: the route announcer style was not found');
	return /** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(style).digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true,
		/*
		 * Each component's markup built by DOM calls the first time it is used,
		 * not by the HTML parser (`innerHTML` of a <template>): in traces at 4×
		 * CPU the parser took 90–280 ms over a page's first render (one parse per
		 * template, 68 on the results page), and the task that builds a page was
		 * 1.5–2.5× longer (results 117–339 → 50–128 ms). Later copies are clones
		 * either way. Also what a Trusted Types CSP would need. +0.2 KB gzip.
		 */
		fragments: 'tree'
	},
	kit: {
		adapter: adapter({ fallback: '200.html', strict: true }),
		paths: { relative: false },
		alias: { $frameworks: 'frameworks' },
		serviceWorker: { register: false },
		version: { name: process.env.npm_package_version ?? '0.0.0' },
		// Strict Content-Security-Policy (quality R18), emitted as a <meta> tag with the
		// hash of SvelteKit's inline boot script in every prerendered page. Nothing may
		// load from another origin (P10). frame-ancestors cannot be set by <meta>.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
