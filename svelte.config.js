import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: '200.html', strict: true }),
		paths: { relative: false },
		alias: { $frameworks: 'frameworks' },
		serviceWorker: { register: false },
		version: { name: process.env.npm_package_version ?? '0.0.0' }
	}
};

export default config;
