/**
 * The committed JSON Schemas are generated from the zod schemas (the single
 * source of truth). This test regenerates them in memory and fails when a
 * committed file is stale. To rewrite them: `node scripts/gen-schemas.mjs`
 * (runs this test with UPDATE_SCHEMAS=1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExportFile } from '$lib/domain/exchange';
import { InvitationFile, ResponseFile } from '$lib/domain/exchange/team-files';
import { Framework } from '$lib/domain/framework';
import fraHrc from '$frameworks/fra-hrc/framework.json';

const root = new URL('../../', import.meta.url);

const targets = [
	{
		file: 'frameworks/framework.schema.json',
		title: 'Framework definition (Human Rights Cities self-assessment)',
		schema: Framework,
		source: 'src/lib/domain/framework.ts (Framework)'
	},
	{
		file: 'docs/export-format.schema.json',
		title: 'Assessment export file, format "hrc-export" version 1',
		schema: ExportFile,
		source: 'src/lib/domain/exchange/format.ts (ExportFile)'
	},
	{
		file: 'docs/team-file.schema.json',
		title: 'Team file: an invitation or a response, format "hrc-export" version 2',
		schema: z.discriminatedUnion('kind', [InvitationFile, ResponseFile]),
		source: 'src/lib/domain/exchange/team-files.ts (InvitationFile, ResponseFile)'
	}
];

function generate(t: (typeof targets)[number]): string {
	const json = z.toJSONSchema(t.schema, { io: 'input', target: 'draft-2020-12' });
	const { $schema, ...rest } = json;
	const out = {
		$schema,
		title: t.title,
		$comment: `Generated from ${t.source} by scripts/gen-schemas.mjs. Do not edit by hand. Checks the zod schema adds beyond JSON Schema (unique ids, references, checksum) are described in docs/export-format.md and frameworks/README.md.`,
		...rest
	};
	return JSON.stringify(out, null, '\t') + '\n';
}

describe('generated JSON Schemas', () => {
	for (const t of targets)
		it(`${t.file} is up to date`, () => {
			const fresh = generate(t);
			const url = new URL(t.file, root);
			if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(url, fresh);
			let committed = '';
			try {
				committed = readFileSync(url, 'utf8');
			} catch {
				// missing: fails below
			}
			expect(committed, `${t.file} is stale: run node scripts/gen-schemas.mjs`).toBe(fresh);
		});

	it('the bundled framework points at the generated schema', () => {
		expect((fraHrc as { $schema?: string }).$schema).toBe('../framework.schema.json');
	});
});
