/**
 * The message catalogue: every word the app and the PDF report show, in
 * English and Polish, and the one function that turns a message into text.
 * Pure TypeScript (no Svelte runes, no DOM), so the same messages and the same
 * plural and number rules serve the app, the report worker and the Node CLI;
 * each caller says the locale (the app's reactive `t()` passes its current one).
 *
 * A message is a string with placeholders:
 *   `{name}`                       a value; numbers are formatted for the locale
 *   `{count|one:# file|other:# files}`
 *                                  a plural: the form for the CLDR category of count
 *                                  (`Intl.PluralRules`: English one/other, Polish
 *                                  one/few/many/other), `#` is the number; `=0:` an
 *                                  exact value before the categories. Forms hold no
 *                                  braces or bars. Several counts per message are
 *                                  fine, each chooses its own form.
 * Parameters are typed per message, derived from the English text with
 * template-literal types: a missing or misspelt parameter, or a Polish
 * placeholder English does not have, is a type error (svelte-check).
 * A Polish text that is missing or blank falls back to the English one: visible, never empty.
 *
 * Why hand-made rather than Paraglide JS 2 (decided 2026-12, issue 10):
 * - type safety is the same: Paraglide types each message's parameters; so do
 *   the types below, and a unit test checks every plural has its language's forms;
 * - plurals read better: Paraglide picks a variant per combination of its
 *   selectors, so a sentence with three counts ("fw.migrateSummary") needs up to
 *   4 × 4 × 4 Polish variants, or three messages; here each count picks its form inline;
 * - first-screen size: Paraglide tree-shakes per message; here the /data page's
 *   messages (exchange.ts: 5.4 of the 14.1 KB gzip of messages that sat in the
 *   first-screen chunk) are a part only /data imports (`$lib/i18n/data`), and
 *   the PDF's (pdf.ts) only the report. `npm run bench -- --only sizes`: first-screen
 *   JS 119.4 → 115.2 KB gzip (/data: 13.9 → 20.0 KB). The results and compare texts
 *   could be split off the same way if the first screen ever needs it;
 * - no compiler step: Paraglide generates its message modules, which would have
 *   to exist before svelte-check, the unit tests and the report CLI (loaded
 *   through Vite with `configFile: false`, so no plugin runs); its message
 *   functions are not reactive and its locale strategies are sync (cookie, URL,
 *   localStorage…), while the choice here lives in IndexedDB;
 * - no new dependency for two languages and about 420 messages.
 */
import type { Locale } from '../framework';
import { formatNumber, pluralCategory } from './format';

/** The texts of one language: key → message. */
export type Texts = Record<string, string>;

/** English texts E and their Polish translation, key for key. */
export interface Catalogue<E extends Texts = Texts> {
	en: E;
	pl: { readonly [K in keyof E]: string };
}

/** The inside of every `{…}` in S. */
type Inner<S extends string> = S extends `${string}{${infer I}}${infer R}` ? I | Inner<R> : never;
type PluralName<I> = I extends `${infer N}|${string}` ? N : never;
type PlainName<I> = I extends `${string}|${string}` ? never : I;

/** The parameters of message text S: plurals take a number, plain values text or a number. */
export type Params<S extends string> = {
	[N in PlainName<Inner<S>> | PluralName<Inner<S>>]: N extends PluralName<Inner<S>>
		? number
		: string | number;
};

/** The parameter list of message K: none, or the one object its placeholders need. */
export type ParamArgs<E extends Texts, K extends keyof E> = K extends unknown
	? [Inner<E[K]>] extends [never]
		? []
		: [params: Params<E[K]>]
	: never;

type Names<S extends string> = PlainName<Inner<S>> | PluralName<Inner<S>>;

/** Polish may use only placeholders its English message has, and has no key English lacks. */
type CheckPolish<E extends Texts, P> = {
	[K in keyof P]: K extends keyof E
		? P[K] extends string
			? [Exclude<Names<P[K]>, Names<E[K]>>] extends [never]
				? P[K]
				: { error: 'a placeholder English does not have'; name: Exclude<Names<P[K]>, Names<E[K]>> }
			: never
		: never;
};

/**
 * One feature's messages. Polish must have exactly English's keys and no
 * placeholder English lacks (checked by the compiler).
 */
export function defineMessages<
	const E extends Texts,
	const P extends { readonly [K in keyof E]: string }
>(m: { en: E; pl: P & CheckPolish<E, P> }): Catalogue<E> {
	return m;
}

/** Catalogues merged into one (keys must not overlap: later parts would win). */
export function mergeCatalogues<const C extends readonly Catalogue[]>(
	...parts: C
): Catalogue<Merged<C>> {
	const merged = (lang: Locale) => Object.assign({}, ...parts.map((p) => p[lang])) as Texts;
	return { en: merged('en'), pl: merged('pl') } as Catalogue<Merged<C>>;
}

type Merged<C extends readonly Catalogue[]> =
	UnionToIntersection<C[number]['en']> extends infer M extends Texts ? M : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
	x: infer I
) => void
	? I
	: never;

/** How text values are inserted: the app isolates user text against bidi reordering, the PDF prints it as is. */
export type Wrap = (text: string) => string;

export type Values = Readonly<Record<string, string | number>>;

/**
 * The text of message `key` in `locale`, its placeholders filled from params.
 * Typed: the key must exist and params must match its placeholders.
 */
export function translate<E extends Texts, K extends keyof E & string>(
	catalogue: Catalogue<E>,
	locale: Locale,
	key: K,
	...params: ParamArgs<E, K>
): string {
	return render(catalogue, locale, key, params[0] as Values | undefined);
}

/**
 * `translate` for data-driven keys and values (error codes and their details
 * from a parsed file), checked only at run time: a placeholder without a
 * value stays visible as `{name}`.
 */
export function render(
	catalogue: Catalogue,
	locale: Locale,
	key: string,
	params?: Values,
	wrap?: Wrap
): string {
	const text = catalogue[locale][key] || catalogue.en[key] || key;
	return interpolate(locale, text, params, wrap);
}

const PLACEHOLDER = /\{(\w+)(?:\|([^{}]*))?\}/g;

/** Fill the placeholders of one message text (see the module comment for the syntax). */
export function interpolate(locale: Locale, text: string, params?: Values, wrap?: Wrap): string {
	if (!params) return text;
	return text.replace(PLACEHOLDER, (m, name: string, forms: string | undefined) => {
		if (!Object.hasOwn(params, name)) return m;
		const value = params[name]!;
		if (forms !== undefined) return pluralForm(locale, forms, value);
		if (typeof value === 'number') return formatNumber(locale, value);
		return wrap ? wrap(value) : value;
	});
}

const parsedForms = new Map<string, Map<string, string>>();

/** "one:# file|other:# files" → { one → "# file", other → "# files" } (cached per text). */
export function pluralForms(forms: string): Map<string, string> {
	let parsed = parsedForms.get(forms);
	if (!parsed) {
		parsed = new Map(
			forms.split('|').map((f) => {
				const colon = f.indexOf(':');
				return [f.slice(0, colon), f.slice(colon + 1)] as const;
			})
		);
		parsedForms.set(forms, parsed);
	}
	return parsed;
}

function pluralForm(locale: Locale, forms: string, value: string | number): string {
	const n = typeof value === 'number' ? value : Number(value);
	const options = pluralForms(forms);
	const form =
		options.get(`=${n}`) ??
		options.get(Number.isFinite(n) ? pluralCategory(locale, n) : 'other') ??
		options.get('other') ??
		'';
	return form.replaceAll('#', Number.isFinite(n) ? formatNumber(locale, n) : String(value));
}
