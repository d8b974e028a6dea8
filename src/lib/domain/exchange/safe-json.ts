/**
 * Safe JSON parsing, shared by export files and framework definitions: size
 * checked before parsing, BOM removed, nesting limited, prototype keys refused.
 */
import { err, type ImportError } from './errors';

/** Files larger than this are refused before they are read. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of objects/arrays a valid file can have (a framework definition reaches 10). */
export const MAX_DEPTH = 16;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
	constructor(readonly key: string) {
		super(key);
	}
}

/** UTF-8 byte length of a string without encoding it. */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

/** Deepest nesting of `{`/`[` outside strings; stops counting once over `limit`. */
function nestingDepth(text: string, limit: number): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			depth++;
			if (depth > max) {
				max = depth;
				if (max > limit) return max;
			}
		} else if (c === 125 || c === 93) depth--;
	}
	return max;
}

/**
 * Parse JSON safely: size checked before parsing, BOM removed, nesting limited,
 * `__proto__`/`constructor`/`prototype` keys refused. Shared by export files
 * and framework definitions.
 */
export function safeJsonParse(
	text: string,
	maxBytes = DEFAULT_MAX_BYTES
): { ok: true; value: unknown } | { ok: false; errors: ImportError[] } {
	if (typeof text !== 'string')
		return { ok: false, errors: [err('notJson', '', { detail: 'no text' })] };
	// cheap bound first: UTF-8 never has fewer bytes than UTF-16 code units
	if (text.length > maxBytes || utf8Length(text) > maxBytes)
		return {
			ok: false,
			errors: [
				err('tooLarge', '', { size: utf8Length(text.slice(0, maxBytes + 1)), max: maxBytes })
			]
		};
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') return { ok: false, errors: [err('empty')] };
	if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH)
		return { ok: false, errors: [err('tooDeep', '', { max: MAX_DEPTH })] };
	try {
		const value: unknown = JSON.parse(text, (key, v: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
			return v;
		});
		return { ok: true, value };
	} catch (e) {
		if (e instanceof ForbiddenKey)
			return { ok: false, errors: [err('forbiddenKey', '', { key: e.key })] };
		const detail = e instanceof Error ? e.message.slice(0, 200) : 'unknown error';
		return { ok: false, errors: [err('notJson', '', { detail })] };
	}
}
