/**
 * Canonical JSON and the SHA-256 checksum of an export file. No schema here:
 * loaded framework definitions are compared with it too, on the first screen.
 * Node ≥ 20 and browsers (globalThis.crypto).
 */

/**
 * JSON with the keys of every object sorted (code-unit order), no whitespace.
 * `undefined` object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const v = (value as Record<string, unknown>)[key];
			if (v !== undefined)
				Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true });
		}
		return out;
	}
	return value;
}

/** "sha256:<hex>" of the canonical JSON of `payload` without its `checksum` member. */
export async function checksum(payload: object): Promise<string> {
	const rest: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
	delete rest.checksum;
	const bytes = new TextEncoder().encode(canonicalJson(rest));
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
	const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
	return `sha256:${hex}`;
}
