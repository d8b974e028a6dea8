/** Poppler helpers for the report tests (pdftotext, pdffonts, pdfinfo). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'hrc-report-'));
let n = 0;

export function writeTemp(bytes: Uint8Array): string {
	const file = join(dir, `r${n++}.pdf`);
	writeFileSync(file, bytes);
	return file;
}

export function pdfText(bytes: Uint8Array, page?: number): string {
	const range = page ? ['-f', String(page), '-l', String(page)] : [];
	return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, writeTemp(bytes), '-'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
}

/** Text without line breaks and hyphen-free wrapping gaps, for phrase checks. */
export function flat(text: string): string {
	return text.replace(/\s+/g, ' ');
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
	const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', writeTemp(bytes)], {
		encoding: 'utf8'
	});
	return Object.fromEntries(
		out
			.split('\n')
			.filter((l) => l.includes(':'))
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])
	);
}

export function pdfFonts(bytes: Uint8Array): string {
	return execFileSync('pdffonts', [writeTemp(bytes)], { encoding: 'utf8' });
}
