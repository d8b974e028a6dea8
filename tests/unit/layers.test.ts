/**
 * The layer rules of eslint.config.js bite: each snippet that breaks one is an
 * error in a file of that layer, and each allowed import is not. Runs ESLint's
 * Node API on text with a path inside the layer (the files need not exist);
 * only the two layer rules run, without type information, to stay fast.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);
let eslint: ESLint;

beforeAll(async () => {
	eslint = new ESLint({
		ruleFilter: ({ ruleId }) => RULES.has(ruleId),
		overrideConfig: { languageOptions: { parserOptions: { projectService: false } } }
	});
	// the first run loads the config, the parsers and the plugins (seconds on a busy machine)
	await eslint.lintText('<script lang="ts"></script>\n', {
		filePath: 'src/lib/components/W.svelte'
	});
	await eslint.lintText('export {};\n', { filePath: 'src/lib/domain/w.ts' });
}, 60_000);

/** The layer-rule messages for `code` saved as `filePath` (a .svelte path wraps it in a script). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
	const text = filePath.endsWith('.svelte') ? `<script lang="ts">\n${code}\n</script>\n` : code;
	const [result] = await eslint.lintText(text, { filePath });
	const fatal = result!.messages.filter((m) => m.fatal);
	expect(fatal, `${filePath} did not parse`).toEqual([]);
	return result!.messages.filter((m) => m.ruleId && RULES.has(m.ruleId)).map((m) => m.message);
}

interface Layer {
	/** a file of the layer */
	file: string;
	/** imports that must fail, each with a word of the expected message */
	broken: [code: string, says: string][];
	/** imports that must pass */
	allowed: string[];
}

const layers: Record<string, Layer> = {
	routes: {
		file: 'src/routes/results/+page.svelte',
		broken: [
			["import * as answers from '$lib/db/answers';", 'Pages are thin'],
			["const db = import('../../lib/db/db');", 'never import the database'],
			["import { Dexie } from 'dexie';", 'Only src/lib/db imports Dexie']
		],
		allowed: [
			"import { HomeView } from '$lib/state/home.svelte';",
			"import CityCard from '$lib/components/CityCard.svelte';",
			"import { AssessmentView } from '$lib/state/assessment-view.svelte';",
			"import ScoreSummary from '$lib/components/ScoreSummary.svelte';",
			"import { t } from '$lib/i18n/locale.svelte';",
			"import { page } from '$app/state';"
		]
	},
	components: {
		file: 'src/lib/components/Probe.svelte',
		broken: [
			["import * as cities from '$lib/db/cities';", 'Components never import the database'],
			["import type { CityOverview } from '$lib/db/overview';", 'never import the database'],
			["import { LiveQuery } from '../db/live.svelte';", 'never import the database'],
			["const m = import('$lib/db/assessments');", 'never import the database'],
			["import { Dexie } from 'dexie';", 'Only src/lib/db imports Dexie'],
			["import Page from '../../routes/+page.svelte';", 'never imports from src/routes']
		],
		allowed: [
			"import { app } from '$lib/state/app.svelte';",
			"import type { CityOverview } from '$lib/domain/overview';",
			"import { t } from '$lib/i18n/locale.svelte';",
			"import { goto } from '$app/navigation';",
			"import ConfirmDialog from './ConfirmDialog.svelte';",
			"const client = import('$lib/report/client');"
		]
	},
	domain: {
		file: 'src/lib/domain/probe.ts',
		broken: [
			["import { db } from '$lib/db/db';", 'domain/ is pure'],
			["import { db } from '../db/db';", 'domain/ is pure'],
			["import { app } from '$lib/state/app.svelte';", 'domain/ is pure'],
			["import X from '$lib/components/CityCard.svelte';", 'domain/ is pure'],
			["import { t } from '$lib/i18n/locale.svelte';", 'domain/ is pure'],
			["import type { ReportFonts } from '$lib/report/types';", 'domain/ is pure'],
			["import { barConfig } from '../charts/configs';", 'domain/ is pure'],
			["import { downloadBlob } from '$lib/download';", 'domain/ is pure'],
			["import { WorkerClient } from '../worker-client';", 'domain/ is pure'],
			["import { browser } from '$app/environment';", 'domain/ is pure'],
			["import { untrack } from 'svelte';", 'domain/ is pure'],
			["import { Dexie } from 'dexie';", 'domain/ is pure'],
			["const m = import('$lib/db/frameworks');", 'domain/ is pure']
		],
		allowed: [
			"import { z } from 'zod';",
			"import { allQuestions } from './framework-tree';",
			"import { isBlankName } from '$lib/domain/text';",
			"import fra from '$frameworks/fra-hrc/framework.json';"
		]
	},
	db: {
		file: 'src/lib/db/probe.ts',
		broken: [
			["import { app } from '$lib/state/app.svelte';", 'db/ depends on domain only'],
			["import { t } from '../i18n/locale.svelte';", 'db/ depends on domain only'],
			["import { goto } from '$app/navigation';", 'db/ depends on domain only']
		],
		allowed: [
			"import { Dexie } from 'dexie';",
			"import { db } from './db';",
			"import { City } from '$lib/domain/assessment';",
			"import { createSubscriber } from 'svelte/reactivity';"
		]
	},
	state: {
		file: 'src/lib/state/probe.svelte.ts',
		broken: [
			["import CityCard from '$lib/components/CityCard.svelte';", 'never imports components'],
			["import CityCard from '../components/CityCard.svelte';", 'never imports components'],
			["import { db } from '$lib/db/db';", 'never Dexie tables'],
			["import { db, openDb } from '../db/db';", 'never Dexie tables'],
			["import { liveQuery } from 'dexie';", 'Only src/lib/db imports Dexie'],
			["import Page from '../../routes/data/+page.svelte';", 'never imports from src/routes']
		],
		allowed: [
			"import { openDb, type DbStatus } from '$lib/db/db';",
			"import * as cities from '$lib/db/cities';",
			"import { LiveQuery } from '$lib/db/live.svelte';",
			"import { scoreAssessment } from '$lib/domain/scoring';",
			"import { untrack } from 'svelte';"
		]
	},
	i18n: {
		file: 'src/lib/i18n/probe.ts',
		broken: [
			["import * as meta from '$lib/db/meta';", 'i18n/ depends on domain only'],
			["import { StorageError } from '../db/errors';", 'i18n/ depends on domain only'],
			["import { app } from '$lib/state/app.svelte';", 'i18n/ depends on domain only'],
			["import { Dexie } from 'dexie';", 'i18n/ depends on domain only']
		],
		allowed: [
			"import { LOCALES } from '$lib/domain/constants';",
			"import { messages } from './messages';"
		]
	},
	report: {
		file: 'src/lib/report/probe.ts',
		broken: [
			["import { overview } from '$lib/db/overview';", 'report/ depends on domain only'],
			["import { app } from '../state/app.svelte';", 'report/ depends on domain only'],
			["import { t } from '$lib/i18n/locale.svelte';", 'report/ depends on domain only'],
			["import { chart } from '$lib/charts/attach.svelte';", 'report/ depends on domain only'],
			["import { untrack } from 'svelte';", 'report/ depends on domain only'],
			["import { Dexie } from 'dexie';", 'report/ depends on domain only']
		],
		allowed: [
			"import { scoreAssessment } from '$lib/domain/scoring';",
			"import { jsPDF } from 'jspdf';",
			"import { COLORS } from './layout';",
			"import { downloadBlob } from '$lib/download';",
			"import { WorkerClient } from '$lib/worker-client';",
			"import { readFileSync } from 'node:fs';"
		]
	},
	charts: {
		file: 'src/lib/charts/probe.ts',
		broken: [
			["import { overview } from '$lib/db/overview';", 'charts/ depends on domain only'],
			["import { t } from '../i18n/locale.svelte';", 'charts/ depends on domain only'],
			["import { jsPDF } from 'jspdf';", 'charts/ depends on domain only'],
			["const m = import('$lib/state/app.svelte');", 'charts/ depends on domain only']
		],
		allowed: [
			"import { Chart } from 'chart.js';",
			"import { isolateBidi } from '$lib/domain/text';",
			"import { loadChart } from './load';",
			"import type { Attachment } from 'svelte/attachments';"
		]
	},
	'browser helpers': {
		file: 'src/lib/worker-client.ts',
		broken: [
			["import { t } from '$lib/i18n/locale.svelte';", 'are leaves'],
			["import { downloadBlob } from './download';", 'are leaves'],
			["import type { Framework } from '$lib/domain/framework';", 'are leaves']
		],
		allowed: ["import { untrack } from 'svelte';"]
	},
	'tests and scripts': {
		file: 'tests/unit/probe.test.ts',
		broken: [["import Dexie from 'dexie';", 'Only src/lib/db imports Dexie']],
		allowed: ["import { describe } from 'vitest';"]
	}
};

describe('layer rules (eslint.config.js)', () => {
	for (const [name, layer] of Object.entries(layers))
		describe(name, () => {
			for (const [code, says] of layer.broken)
				it(`rejects ${code}`, async () => {
					const errors = await layerErrors(layer.file, code);
					expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
					expect(errors.join('\n')).toContain(says);
				});
			it('accepts its allowed imports', async () => {
				for (const code of layer.allowed)
					expect(await layerErrors(layer.file, code), code).toEqual([]);
			});
		});

	it('every src/lib file imports nothing of src/routes, even a test file', async () => {
		const errors = await layerErrors(
			'src/lib/domain/probe.test.ts',
			"import Page from '../../routes/+page.svelte';"
		);
		expect(errors.join('\n')).toContain('never imports from src/routes');
	});

	it('test files may set up data through any layer', async () => {
		expect(
			await layerErrors(
				'src/lib/domain/probe.test.ts',
				"import { describe } from 'vitest';\nimport * as cities from '$lib/db/cities';"
			)
		).toEqual([]);
	});
});
