/**
 * The compressor jsPDF uses for its streams (page contents, embedded fonts),
 * replaceable. jsPDF compresses with fflate, in JavaScript, through
 * `jsPDF.API.processDataByFilters` (read on every stream); in Node the command
 * line gives it Node's own zlib instead (deflate-node.ts): about ten times
 * quicker on a first run, when fflate's code is not yet compiled by the
 * JavaScript engine, and a little smaller. The streams decompress to the same
 * bytes either way (FlateDecode, zlib format).
 */
import { jsPDF } from 'jspdf';

/** Bytes → zlib-format (RFC 1950) deflate stream. */
export type Deflate = (data: Uint8Array) => Uint8Array;

type Filters = (data: string, filters: string | string[]) => { data: string; reverseChain: string };

const api = jsPDF.API as unknown as { processDataByFilters: Filters };
const original: Filters = api.processDataByFilters;

/** Binary string (one byte a character, as jsPDF writes streams) → bytes. */
function toBytes(text: string): Uint8Array {
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
	return out;
}

/** Bytes → binary string, in chunks (String.fromCharCode has an argument limit). */
function toBinaryString(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}

/**
 * Make jsPDF compress with `deflate` (for every document made afterwards in
 * this process); `undefined` puts jsPDF's own back. Streams with other
 * filters than FlateEncode alone go to jsPDF's code as before.
 */
export function useDeflate(deflate: Deflate | undefined): void {
	if (!deflate) {
		api.processDataByFilters = original;
		return;
	}
	api.processDataByFilters = (data, filters) => {
		const list = typeof filters === 'string' ? [filters] : filters;
		if (list.length !== 1 || (list[0] !== 'FlateEncode' && list[0] !== '/FlateEncode'))
			return original(data, filters);
		return { data: toBinaryString(deflate(toBytes(data))), reverseChain: '/FlateDecode' };
	};
}
