/**
 * How a journal entry (see journal.ts) meets the stored answer. Pure and
 * idempotent: replaying the same entry twice changes nothing the second
 * time, so a replay interrupted at any point can simply run again. No zod
 * here, so that saving and replaying need no schema until a row is written.
 */
import type { Answer } from './assessment';
import { COMMENT_MAX, EVIDENCE_MAX, EVIDENCE_MAX_ITEMS } from './constants';
import type { Choice, JournalEntry, TextChange } from './journal';
import { mergeEvidence, mergeText } from './records';

type Text = Pick<Answer, 'comment' | 'evidence'>;

function sameText(a: Text, b: Text): boolean {
	return (
		a.comment === b.comment &&
		a.evidence.length === b.evidence.length &&
		a.evidence.every((e, i) => e === b.evidence[i])
	);
}

/**
 * Whether a choice applies to the stored answer: unless the stored level was
 * chosen after it (in another window). The latest choice wins.
 */
export function choiceApplies(stored: Answer | undefined, choice: Choice): boolean {
	return !stored || levelChosenAt(stored) <= choice.at;
}

/**
 * When the stored level was chosen: `valueAt`; for answers from before it
 * existed (older files and databases), the last write, or never (0) when
 * there is no level.
 */
export function levelChosenAt(a: Answer): number {
	return a.valueAt ?? (a.value === null ? 0 : a.updatedAt);
}

/**
 * How typed text meets the stored answer: `same` — it is already stored;
 * `write` — the stored text is still the one the person started from (or
 * this page's own save of it);
 * `conflict` — another window saved different text since.
 */
export function textOutcome(
	stored: Answer | undefined,
	text: TextChange
): 'same' | 'write' | 'conflict' {
	const current: Text = stored ?? { comment: '', evidence: [] };
	if (sameText(current, text)) return 'same';
	if (sameText(current, { comment: text.baseComment, evidence: text.baseEvidence })) return 'write';
	if (text.sent && sameText(current, text.sent)) return 'write';
	return 'conflict';
}

/** Typed text cut to what an answer may hold, so that a replay never fails on a limit. */
function fitText(text: TextChange): Text {
	return {
		comment: text.comment.slice(0, COMMENT_MAX),
		evidence: text.evidence
			.map((e) => e.trim().slice(0, EVIDENCE_MAX).trim())
			.filter(Boolean)
			.slice(0, EVIDENCE_MAX_ITEMS)
	};
}

/**
 * The answer to store for a journal entry of a page that is gone, or undefined
 * when the stored answer already holds it. The choice applies as in
 * choiceApplies; the text replaces the stored text when that is still the
 * text the person started from, and is otherwise merged with it so that
 * neither version is lost (R7: never a silent overwrite of another window's
 * text).
 */
export function applyJournalEntry(
	stored: Answer | undefined,
	entry: JournalEntry,
	now: number
): Answer | undefined {
	const base: Answer = stored ?? {
		assessmentId: entry.assessmentId,
		questionId: entry.questionId,
		value: null,
		comment: '',
		evidence: [],
		updatedAt: 0,
		rev: 0,
		...(entry.respondentId !== undefined ? { respondentId: entry.respondentId } : {})
	};
	let { value, comment, evidence } = base;
	let valueAt = stored ? levelChosenAt(stored) : 0;
	if (entry.choice && choiceApplies(stored, entry.choice)) {
		value = entry.choice.value;
		valueAt = entry.choice.at;
	}
	if (entry.text) {
		const typed = fitText(entry.text);
		const outcome = textOutcome(stored, entry.text);
		if (outcome === 'write') ({ comment, evidence } = typed);
		else if (outcome === 'conflict') {
			comment = mergeText(base.comment, typed.comment).slice(0, COMMENT_MAX);
			evidence = mergeEvidence(base.evidence, typed.evidence);
		}
	}
	if (value === base.value && valueAt === base.valueAt && sameText(base, { comment, evidence }))
		return undefined;
	return {
		...base,
		value,
		valueAt,
		comment,
		evidence,
		updatedAt: Math.max(now, base.updatedAt),
		rev: base.rev + 1
	};
}

/** Whether an entry holds nothing to save. */
export function isEmptyEntry(entry: JournalEntry): boolean {
	return !entry.choice && !entry.text;
}
