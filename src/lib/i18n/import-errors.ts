import type { ImportError, ImportWarning } from '$lib/domain/exchange';
import { t, tData } from './data';
import { formatNumber } from './locale.svelte';

const TABLES = ['cities', 'assessments', 'answers', 'frameworkDefinitions', 'frameworks'] as const;

/** "answers[3].value" → "answer 4 → value" (in the UI language). */
export function describePath(path: string): string {
	if (!path) return '';
	return path
		.replace(/^(\w+)\[(\d+)\]/, (m, table: string, n: string) =>
			isOneOf(TABLES, table) ? t(`import.path.${table}`, { n: Number(n) + 1 }) : m
		)
		.replace(/\[(\d+)\]/g, (_m, n: string) => ` ${Number(n) + 1}`)
		.replaceAll('.', ' → ');
}

const JSON_TYPES = ['string', 'number', 'object', 'array', 'boolean', 'integer'] as const;

function isOneOf<const T extends string>(list: readonly T[], value: string): value is T {
	return (list as readonly string[]).includes(value);
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
	if (e.code === 'type' && typeof p.expected === 'string' && isOneOf(JSON_TYPES, p.expected))
		p.expected = t(`import.type.${p.expected}`);
	if (e.code === 'scopeMismatch' && (p.what === 'city' || p.what === 'assessment'))
		p.what = t(`import.what.${p.what}`);
	const text =
		e.code === 'invalidValue' && p.allowed !== undefined
			? tData('import.err.invalidValueOf', p)
			: tData(`import.err.${e.code}`, p);
	const where = describePath(e.path);
	return where && e.code !== 'newerVersion' && e.code !== 'checksum'
		? `${text} (${t('import.where', { path: where })})`
		: text;
}

export function describeImportWarning(w: ImportWarning): string {
	return tData(`import.warn.${w.code}`, w.params);
}
