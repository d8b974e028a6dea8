/** All UI messages, merged from one file per feature. */
import core from './core';
import exchange from './exchange';
import quality from './quality';
import report from './report';
import results from './results';

const parts = [core, results, report, exchange, quality] as const;

type Merge<T extends readonly { en: object }[]> = T[number]['en'];
export type Messages = { [K in keyof UnionToIntersection<Merge<typeof parts>>]: string };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
	x: infer I
) => void
	? I
	: never;
export type MessageKey = keyof Messages;

function merge(lang: 'en' | 'pl'): Messages {
	return Object.assign({}, ...parts.map((p) => p[lang])) as Messages;
}

export const messages = { en: merge('en'), pl: merge('pl') };
