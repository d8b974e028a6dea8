import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from './assessment';
import { applyJournalEntry, choiceApplies, textOutcome, type JournalEntry } from './journal';

const stored = (over: Partial<Answer> = {}): Answer => ({
	assessmentId: 'abcdef',
	questionId: 'F1.1',
	value: 2,
	comment: 'Stored',
	evidence: [],
	updatedAt: 1000,
	valueAt: 1000,
	rev: 3,
	...over
});
const text = (comment: string, baseComment: string, sent?: string) => ({
	comment,
	evidence: [],
	baseComment,
	baseEvidence: [],
	...(sent === undefined ? {} : { sent: { comment: sent, evidence: [] } }),
	at: 2000
});

describe('journal rules', () => {
	it('the latest choice wins: a level chosen later elsewhere is kept', () => {
		expect(choiceApplies(undefined, { value: 1, at: 5 })).toBe(true);
		expect(choiceApplies(stored({ valueAt: 900 }), { value: 1, at: 950 })).toBe(true);
		expect(choiceApplies(stored({ valueAt: 999 }), { value: 1, at: 950 })).toBe(false);
		// answers from before valueAt: the last write stands in; no level: never chosen
		expect(choiceApplies(stored({ valueAt: undefined }), { value: 1, at: 950 })).toBe(false);
		expect(choiceApplies(stored({ valueAt: undefined, value: null }), { value: 1, at: 9 })).toBe(
			true
		);
	});

	it('text: same, written over its own base or own save in flight, else a conflict', () => {
		expect(textOutcome(stored(), text('Stored', 'x'))).toBe('same');
		expect(textOutcome(stored(), text('New', 'Stored'))).toBe('write');
		expect(textOutcome(stored(), text('Newer', 'Old', 'Stored'))).toBe('write');
		expect(textOutcome(stored(), text('Mine', 'Old'))).toBe('conflict');
		expect(textOutcome(undefined, text('Mine', ''))).toBe('write');
	});

	it('a replay keeps both texts on a conflict and is idempotent', () => {
		const entry: JournalEntry = {
			assessmentId: 'abcdef',
			questionId: 'F1.1',
			choice: { value: 4, at: 1500 },
			text: text('Typed here', 'Old')
		};
		const once = applyJournalEntry(stored(), entry, 3000)!;
		expect(once).toMatchObject({
			value: 4,
			valueAt: 1500,
			comment: 'Stored\n\nTyped here',
			rev: 4,
			updatedAt: 3000
		});
		expect(applyJournalEntry(once, entry, 4000)).toBeUndefined();
	});

	it('property: replaying any entry a second time changes nothing', () => {
		const value = fc.constantFrom(0, 1, 2, 3, 4, 'na', 'dk', null) as fc.Arbitrary<Answer['value']>;
		const words = fc.constantFrom('', 'a', 'ab', 'Łódź', 'b a');
		fc.assert(
			fc.property(
				fc.option(fc.record({ value, comment: words, at: fc.integer({ min: 0, max: 3000 }) }), {
					nil: undefined
				}),
				fc.option(fc.record({ value, at: fc.integer({ min: 0, max: 3000 }) }), { nil: undefined }),
				fc.option(fc.record({ comment: words, base: words, sent: fc.option(words) }), {
					nil: undefined
				}),
				(s, choice, t) => {
					const before = s
						? stored({ value: s.value, comment: s.comment, valueAt: s.at, updatedAt: s.at })
						: undefined;
					const entry: JournalEntry = {
						assessmentId: 'abcdef',
						questionId: 'F1.1',
						choice,
						text: t ? text(t.comment, t.base, t.sent ?? undefined) : undefined
					};
					const once = applyJournalEntry(before, entry, 5000) ?? before;
					expect(applyJournalEntry(once, entry, 6000)).toBeUndefined();
				}
			)
		);
	});
});
