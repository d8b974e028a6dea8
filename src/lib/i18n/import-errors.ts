import type { ImportError, ImportWarning } from '$lib/domain/exchange';
import { t, tData } from './data';
import { formatNumber } from './locale.svelte';

const TABLES = ['cities', 'assessments', 'answers', 'frameworkDefinitions', 'frameworks'] as const;

/** The fields of export files and framework definitions that have a name in the UI language. */
const FIELDS = [
	'id',
	'name',
	'country',
	'notes',
	'label',
	'status',
	'participants',
	'value',
	'comment',
	'evidence',
	'title',
	'shortTitle',
	'subtitle',
	'description',
	'sources',
	'scale',
	'levels',
	'special',
	'elements',
	'items',
	'questions',
	'text',
	'guidance',
	'lens',
	'weight',
	'version',
	'anchors',
	'provenance',
	'frameworkVersion',
	'frameworkId',
	'questionId',
	'cityId',
	'assessmentId',
	'createdAt',
	'updatedAt',
	'rev',
	'formatVersion',
	'exportedAt',
	'checksum',
	'scope'
] as const;

/** A field of the file by its name in the UI language; any other key as it is, in quotes. */
function fieldName(key: string): string {
	return isOneOf(FIELDS, key) ? t(`import.field.${key}`) : `"${key}"`;
}

/** "answers[3].value" → "answer 4 → answer" (in the UI language; unknown keys quoted). */
export function describePath(path: string): string {
	if (!path) return '';
	let table = '';
	const rest = path.replace(/^(\w+)\[(\d+)\]/, (m, name: string, n: string) => {
		if (!isOneOf(TABLES, name)) return m;
		table = t(`import.path.${name}`, { n: Number(n) + 1 });
		return '';
	});
	const parts = rest
		.split('.')
		.filter(Boolean)
		.map((part) =>
			part.replace(/^([^[]*)((?:\[\d+\])*)$/, (_m, key: string, indexes: string) =>
				[
					key ? fieldName(key) : '',
					...[...indexes.matchAll(/\[(\d+)\]/g)].map((i) => String(Number(i[1]) + 1))
				]
					.filter(Boolean)
					.join(' ')
			)
		);
	return [table, ...parts].filter(Boolean).join(' → ');
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
