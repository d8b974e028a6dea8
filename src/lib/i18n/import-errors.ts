import type { ImportError, ImportWarning } from '$lib/domain/exchange';
import { formatNumber, t } from './locale.svelte';
import type { MessageKey } from './messages';

const TABLES = ['cities', 'assessments', 'answers', 'frameworkDefinitions', 'frameworks'] as const;

/** "answers[3].value" → "answer 4 → value" (in the UI language). */
export function describePath(path: string): string {
	if (!path) return '';
	return path
		.replace(/^(\w+)\[(\d+)\]/, (m, table: string, n: string) =>
			(TABLES as readonly string[]).includes(table)
				? t(`import.path.${table}` as MessageKey, { n: Number(n) + 1 })
				: m
		)
		.replace(/\[(\d+)\]/g, (_m, n: string) => ` ${Number(n) + 1}`)
		.replaceAll('.', ' → ');
}

export function formatBytes(n: number): string {
	if (n >= 1024 * 1024) return `${formatNumber(n / 1024 / 1024, 1)} MB`;
	if (n >= 1024) return `${formatNumber(n / 1024, 0)} KB`;
	return `${n} B`;
}

/** A sentence for one import error, with where it was found. */
export function describeImportError(e: ImportError): string {
	const p: Record<string, string | number> = { ...e.params };
	if (e.code === 'tooLarge') {
		p.size = formatBytes(Number(p.size));
		p.max = formatBytes(Number(p.max));
	}
	if (
		e.code === 'type' &&
		typeof p.expected === 'string' &&
		/^(string|number|object|array|boolean|integer)$/.test(p.expected)
	)
		p.expected = t(`import.type.${p.expected}` as MessageKey);
	if (e.code === 'scopeMismatch' && (p.what === 'city' || p.what === 'assessment'))
		p.what = t(`import.what.${p.what}`);
	const text =
		e.code === 'invalidValue' && p.allowed !== undefined
			? t('import.err.invalidValueOf', p)
			: t(`import.err.${e.code}`, p);
	const where = describePath(e.path);
	return where && e.code !== 'newerVersion' && e.code !== 'checksum'
		? `${text} (${t('import.where', { path: where })})`
		: text;
}

export function describeImportWarning(w: ImportWarning): string {
	return t(`import.warn.${w.code}`, w.params);
}
