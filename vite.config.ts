import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { Framework } from './src/lib/domain/framework';

/** A broken framework definition fails the build (and so CI), never a user's session. */
function validateFrameworks(): Plugin {
	return {
		name: 'hrc:validate-frameworks',
		buildStart() {
			const files = readdirSync('frameworks', { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.flatMap((d) => {
					const archive = `frameworks/${d.name}/archive`;
					return [
						`frameworks/${d.name}/framework.json`,
						...(existsSync(archive)
							? readdirSync(archive)
									.filter((f) => f.endsWith('.json'))
									.map((f) => `${archive}/${f}`)
							: [])
					];
				})
				.filter((f) => existsSync(f));
			for (const file of files) {
				const result = Framework.safeParse(JSON.parse(readFileSync(file, 'utf8')));
				if (!result.success)
					this.error(
						`${file} is not a valid framework definition:\n${result.error.issues
							.map((i) => `  ${i.path.join('.')}: ${i.message}`)
							.join('\n')}`
					);
			}
		}
	};
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};

/**
 * The size of the framework new assessments use (the newest bundled one,
 * frameworks/fra-hrc/framework.json), so the home page can say it without
 * loading the whole definition on the first screen. A unit test checks it
 * against the definition itself.
 */
function defaultFrameworkSize(): { questions: number; items: number } {
	const fw = Framework.parse(JSON.parse(readFileSync('frameworks/fra-hrc/framework.json', 'utf8')));
	const items = fw.elements.flatMap((e) => e.items);
	return { questions: items.reduce((n, i) => n + i.questions.length, 0), items: items.length };
}

export default defineConfig({
	define: {
		__APP_VERSION__: JSON.stringify(pkg.version),
		__DEFAULT_FRAMEWORK_SIZE__: JSON.stringify(defaultFrameworkSize())
	},
	plugins: [
		validateFrameworks(),
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			strategies: 'generateSW',
			manifest: {
				name: 'Human rights cities – self-assessment',
				short_name: 'HRC self-assessment',
				description:
					'Offline self-assessment of a city against the FRA framework for human rights cities (EN/PL).',
				lang: 'en',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#ffffff',
				theme_color: '#1d3f8f',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{
						src: '/icons/icon-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webmanifest,ttf,json}',
					'prerendered/**/*.html'
				],
				maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
				navigateFallback: '/',
				clientsClaim: false,
				skipWaiting: false,
				cleanupOutdatedCaches: true
			}
		})
	],
	build: { target: 'es2022', chunkSizeWarningLimit: 900 },
	worker: { format: 'es' },
	server: { fs: { allow: ['frameworks'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
