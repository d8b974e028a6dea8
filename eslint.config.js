import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// ---------------------------------------------------------------------------
// Layers (README, "Architecture"): who may import whom.
//
//   domain ← db ← state ← components ← routes;  report, charts, i18n → domain only
//
// `no-restricted-imports` checks static imports and re-exports; `no-restricted-syntax`
// checks `import()` with the same patterns. Each pattern matches a `$lib/…` alias or a
// relative path climbing into another part of src/lib. In a flat config a later block
// replaces an earlier block's options for the same rule, so each block below lists
// everything its files may not import. Test files (*.test.ts, *.test-util.ts) set up
// data through any layer; they keep only the Dexie and routes rules.

/**
 * The parts of src/lib: its folders, and two browser helpers that import nothing:
 * download.ts and worker-client.ts.
 */
const PARTS = [
	'domain',
	'db',
	'state',
	'components',
	'i18n',
	'report',
	'charts',
	'download',
	'worker-client'
];
const CODE = '**/*.{js,mjs,cjs,ts,svelte}';
const TESTS = ['**/*.test.ts', '**/*.test-util.ts'];
const except = (...keep) => PARTS.filter((p) => !keep.includes(p));
const UP = String.raw`^(\./)?(\.\./)+(lib/)?`;

/** `$lib/<part>…` */
const aliasInto = (parts, message) => ({
	regex: String.raw`^\$lib/(${parts.join('|')})(?![\w-])`,
	message
});
/** `../<part>…`, `../../lib/<part>…` */
const relativeInto = (parts, message) => ({
	regex: `${UP}(${parts.join('|')})` + String.raw`(?![\w-])`,
	message
});
/** any `$` alias ($lib/…, $app/…, $env/…) but these (regex fragments after the `$`) */
const aliasesExcept = (allowed, message) => ({
	regex: String.raw`^\$(?!${allowed.join('|')})`,
	message
});
/** any npm package or node: built-in but these (regex fragments) */
const packagesExcept = (allowed, message) => ({
	regex: String.raw`^(?![.$/]|${allowed.join('|')})`,
	message
});

const DEXIE = {
	regex: '^dexie(/|$)',
	message: 'Only src/lib/db imports Dexie: use a db function, or a state class.'
};
const ROUTES = {
	regex: String.raw`^(/?src/|(\./)?(\.\./)+(src/)?)routes(?![\w-])`,
	message: 'src/lib never imports from src/routes.'
};
const STATE_TABLES = {
	regex: String.raw`^(\$lib/|${UP.slice(1)})db/db$`,
	importNames: ['db'],
	message:
		'state/ reads and writes through verb-named db functions, never Dexie tables (db.cities…): add the function to src/lib/db.'
};

const DOMAIN =
	'domain/ is pure TypeScript + zod: it imports nothing of the app outside src/lib/domain.';
const DB = 'db/ depends on domain only (and Dexie).';
const STATE = 'state/ never imports components or routes: components use state, not the reverse.';
const COMPONENTS =
	'Components never import the database: take data as props and call a state class (src/lib/state) or a callback.';
const I18N = 'i18n/ depends on domain only.';
const ROUTE_PAGES =
	'Pages are thin: they create a state class (src/lib/state) and render components; they never import the database.';
const REPORT =
	'report/ depends on domain only (and jsPDF, its fonts, node: for the CLI, $lib/download, $lib/worker-client).';
const CHARTS = 'charts/ depends on domain only (and Chart.js, svelte).';
const LEAF =
	'src/lib/download.ts and src/lib/worker-client.ts are leaves: they import nothing of the app.';

/** The two rules for one block: static imports, and the same patterns for import(). */
function layer(patterns) {
	const escape = (regex) => regex.replaceAll('/', String.raw`\x2F`);
	return {
		'no-restricted-imports': ['error', { patterns }],
		'no-restricted-syntax': [
			'error',
			...patterns
				.filter((p) => !p.importNames)
				.map((p) => ({
					selector: `ImportExpression[source.value=/${escape(p.regex)}/i]`,
					message: p.message
				}))
		]
	};
}

const layers = [
	{ files: [CODE], ignores: ['src/lib/db/**'], rules: layer([DEXIE]) },
	{ files: [`src/lib/${CODE}`], ignores: ['src/lib/db/**'], rules: layer([DEXIE, ROUTES]) },
	{ files: [`src/lib/db/${CODE}`], rules: layer([ROUTES]) },
	{
		files: [`src/lib/domain/${CODE}`],
		ignores: TESTS,
		rules: layer([
			aliasesExcept(['lib/domain/', 'frameworks/'], DOMAIN),
			relativeInto(except('domain'), DOMAIN),
			packagesExcept(['zod(/|$)'], DOMAIN),
			ROUTES
		])
	},
	{
		files: [`src/lib/db/${CODE}`],
		ignores: TESTS,
		rules: layer([
			aliasInto(except('domain', 'db'), DB),
			relativeInto(except('domain', 'db'), DB),
			{ regex: String.raw`^\$app/`, message: DB },
			ROUTES
		])
	},
	{
		files: [`src/lib/state/${CODE}`],
		ignores: TESTS,
		rules: layer([
			aliasInto(['components'], STATE),
			relativeInto(['components'], STATE),
			STATE_TABLES,
			DEXIE,
			ROUTES
		])
	},
	{
		files: [`src/routes/${CODE}`],
		ignores: TESTS,
		rules: layer([aliasInto(['db'], ROUTE_PAGES), relativeInto(['db'], ROUTE_PAGES), DEXIE])
	},
	{
		files: [`src/lib/components/${CODE}`],
		ignores: TESTS,
		rules: layer([aliasInto(['db'], COMPONENTS), relativeInto(['db'], COMPONENTS), DEXIE, ROUTES])
	},
	{
		files: [`src/lib/i18n/${CODE}`],
		ignores: TESTS,
		rules: layer([
			aliasesExcept(['lib/domain/'], I18N),
			relativeInto(except('domain', 'i18n'), I18N),
			packagesExcept(['svelte(/|$)'], I18N),
			ROUTES
		])
	},
	{
		files: [`src/lib/report/${CODE}`],
		ignores: TESTS,
		rules: layer([
			aliasesExcept(['lib/domain/', 'lib/download$', 'lib/worker-client$'], REPORT),
			relativeInto(except('domain', 'report', 'download', 'worker-client'), REPORT),
			packagesExcept(['jspdf(-autotable)?(/|$)', '@expo-google-fonts/', 'node:'], REPORT),
			ROUTES
		])
	},
	{
		files: [`src/lib/charts/${CODE}`],
		ignores: TESTS,
		rules: layer([
			aliasesExcept(['lib/domain/'], CHARTS),
			relativeInto(except('domain', 'charts'), CHARTS),
			packagesExcept([String.raw`chart\.js(/|$)`, 'svelte(/|$)'], CHARTS),
			ROUTES
		])
	},
	{
		files: ['src/lib/download.ts', 'src/lib/worker-client.ts'],
		rules: layer([{ regex: '^[.$]', message: LEAF }, DEXIE])
	}
];

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'test-results/', 'bench-results/', 'node_modules/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'svelte/no-at-html-tags': 'error',
			// maps and sets built inside $derived are replaced whole, never mutated
			'svelte/prefer-svelte-reactivity': 'off',
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		ignores: ['eslint.config.js', 'svelte.config.js', 'scripts/**', 'playwright.config.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			]
		}
	},
	...layers
);
