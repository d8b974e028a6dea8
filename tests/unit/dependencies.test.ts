/**
 * R20: dependency floors (security advisories before these versions) and
 * `npm audit --omit=dev` without high or critical issues.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, { version?: string }>;
};

function atLeast(version: string, floor: string): boolean {
	const a = version.split('-')[0]!.split('.').map(Number);
	const b = floor.split('.').map(Number);
	for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	return true;
}

describe('dependencies', () => {
	const floors = { jspdf: '4.2.1', dexie: '4.4.7' };
	for (const [name, floor] of Object.entries(floors))
		it(`${name} ≥ ${floor} everywhere in the lockfile`, () => {
			const found = Object.entries(lock.packages).filter(
				([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`)
			);
			expect(found.length).toBeGreaterThan(0);
			for (const [path, entry] of found)
				expect(atLeast(entry.version ?? '0', floor), path).toBe(true);
		});

	it('the version comparison works', () => {
		expect(atLeast('4.2.0', '4.2.1')).toBe(false);
		expect(atLeast('4.10.0', '4.4.7')).toBe(true);
		expect(atLeast('3.9.9', '4.2.1')).toBe(false);
	});

	it('npm audit --omit=dev: no high or critical issue', async (ctx) => {
		const out = await new Promise<string>((resolve) =>
			execFile(
				'npm',
				['audit', '--omit=dev', '--json'],
				{ timeout: 60_000, maxBuffer: 20 * 1024 * 1024 },
				(_error, stdout) => resolve(stdout)
			)
		);
		let report: {
			error?: { summary?: string; detail?: string; code?: string };
			message?: string;
			statusCode?: number;
			metadata?: { vulnerabilities: Record<string, number> };
		};
		try {
			report = JSON.parse(out);
		} catch {
			report = { message: out.slice(0, 200) };
		}
		if (!report.metadata) {
			// this machine's registry does not serve the audit endpoint (405 here): say so, don't pass silently
			ctx.skip(
				`npm audit endpoint unreachable: ${report.message ?? report.error?.summary ?? 'no report'}`
			);
			return;
		}
		const v = report.metadata.vulnerabilities;
		expect({ high: v.high ?? 0, critical: v.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
	}, 90_000);
});
