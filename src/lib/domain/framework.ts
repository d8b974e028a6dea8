/**
 * The contract of a framework definition (see frameworks/README.md).
 * Pure TypeScript + zod: no Svelte, Dexie or DOM imports, so it runs in the
 * browser, a worker and Node alike.
 */
import { z } from 'zod';

// No code generation: the app runs under a strict Content-Security-Policy.
z.config({ jitless: true });

import { LEVELS, SPECIAL_ANSWERS } from './constants';
// the types only: a value taken from here (not from constants.ts or framework-tree.ts)
// would bring zod and every schema below into the importer's chunk
export type { AnswerValue, Level, Locale, SpecialAnswer } from './constants';

const text = z.string().trim().min(1).max(4000);

/** A text in every supported language. */
export const LocalizedText = z.strictObject({ en: text, pl: text });
export type LocalizedText = z.infer<typeof LocalizedText>;

const id = z
	.string()
	.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'ids use letters, digits, dot, dash, underscore');

export const ScaleLevel = z.strictObject({
	value: z.union(LEVELS.map((l) => z.literal(l))),
	label: LocalizedText,
	description: LocalizedText
});

export const ScaleSpecial = z.strictObject({
	value: z.enum(SPECIAL_ANSWERS),
	label: LocalizedText,
	description: LocalizedText
});

export const Scale = z
	.strictObject({
		levels: z.array(ScaleLevel).length(5),
		special: z.array(ScaleSpecial).length(2)
	})
	.refine((s) => s.levels.every((l, i) => l.value === i), {
		message: 'levels must be 0,1,2,3,4 in order',
		params: { code: 'levelsOrder' }
	})
	.refine((s) => new Set(s.special.map((x) => x.value)).size === 2, {
		message: 'special answers must be "na" and "dk"',
		params: { code: 'specialAnswers' }
	});

/**
 * OHCHR indicator lens a question follows. "outcome" questions are our
 * extension of the FRA framework and are marked as such to users.
 */
export const Lens = z.enum(['structural', 'process', 'outcome']);
export type Lens = z.infer<typeof Lens>;

export const Question = z.strictObject({
	id,
	lens: Lens,
	text: LocalizedText,
	guidance: LocalizedText,
	/**
	 * What levels 0–4 look like for this question (index = level), in every
	 * language. The scale's generic descriptions are the shared vocabulary and
	 * stand in where a question has no anchors.
	 */
	anchors: z.array(LocalizedText).length(5).optional(),
	weight: z.number().positive().max(100).default(1)
});
export type Question = z.infer<typeof Question>;

/**
 * Provenance of an item:
 * - title: "verified" = the English title is FRA's official wording;
 *          "topic" = a topic FRA names, our paraphrase, not yet verified against FRA's text.
 * - titlePl: "official" = FRA's Polish wording; "proposed" = our translation.
 */
export const Provenance = z.strictObject({
	title: z.enum(['verified', 'topic']),
	titlePl: z.enum(['official', 'proposed']),
	note: LocalizedText.optional()
});
export type Provenance = z.infer<typeof Provenance>;

export const Item = z.strictObject({
	id,
	title: LocalizedText,
	description: LocalizedText.optional(),
	provenance: Provenance,
	weight: z.number().positive().max(100).default(1),
	questions: z.array(Question).min(1).max(20)
});
export type Item = z.infer<typeof Item>;

/**
 * Provenance of an element's title and subtitle (its description is always
 * ours): "verified"/"official" = FRA's wording in English/Polish; "ours" /
 * "proposed" = our wording or translation. Optional for other frameworks; an
 * element without it claims nothing, so the app shows its texts as ours.
 */
export const ElementProvenance = z.strictObject({
	title: z.enum(['verified', 'ours']),
	titlePl: z.enum(['official', 'proposed']),
	subtitle: z.enum(['verified', 'ours']),
	subtitlePl: z.enum(['official', 'proposed']),
	note: LocalizedText.optional()
});
export type ElementProvenance = z.infer<typeof ElementProvenance>;

export const Element = z.strictObject({
	id,
	title: LocalizedText,
	subtitle: LocalizedText,
	description: LocalizedText,
	provenance: ElementProvenance.optional(),
	weight: z.number().positive().max(100).default(1),
	items: z.array(Item).min(1).max(50)
});
export type Element = z.infer<typeof Element>;

export const Source = z.strictObject({
	citation: LocalizedText,
	isbn: z.string().max(200).optional(),
	doi: z.string().max(200).optional(),
	url: z.url({ protocol: /^https$/ }).optional()
});

export const Framework = z
	.strictObject({
		$schema: z.string().optional(),
		id,
		/** semantic version; a corrected definition gets a higher version */
		version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.0.0'),
		title: LocalizedText,
		shortTitle: LocalizedText,
		description: LocalizedText,
		sources: z.array(Source).min(1),
		scale: Scale,
		elements: z.array(Element).min(1).max(20)
	})
	.superRefine((fw, ctx) => {
		const seen = new Set<string>();
		const check = (kind: string, value: string, path: (string | number)[]) => {
			if (seen.has(value))
				ctx.addIssue({
					code: 'custom',
					message: `duplicate ${kind} id "${value}"`,
					path,
					params: { code: 'duplicateId', id: value }
				});
			seen.add(value);
		};
		fw.elements.forEach((el, e) => {
			check('element', el.id, ['elements', e, 'id']);
			el.items.forEach((it, i) => {
				check('item', it.id, ['elements', e, 'items', i, 'id']);
				it.questions.forEach((q, k) =>
					check('question', q.id, ['elements', e, 'items', i, 'questions', k, 'id'])
				);
			});
		});
	});
export type Framework = z.infer<typeof Framework>;
export type FrameworkInput = z.input<typeof Framework>;
