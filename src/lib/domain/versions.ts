/**
 * Moving an assessment's answers to another version of its framework: answers
 * carry over where the question id exists in both versions (ids are stable
 * across versions, see frameworks/README.md). Pure TypeScript.
 */
import type { Answer } from './assessment';
import type { Framework } from './framework';
import { allQuestions } from './framework-tree';

export interface AnswerMigrationPlan {
	/** answers whose question exists in the target version */
	carried: Answer[];
	/** answers (with a level, comment or evidence) whose question is not in the target version */
	dropped: Answer[];
	/** question ids of the target version that the source version did not have */
	added: string[];
}

/** Compare semantic versions "1.2.3"; negative when a < b. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

export function planAnswerMigration(
	from: Framework | undefined,
	to: Framework,
	answers: readonly Answer[]
): AnswerMigrationPlan {
	const target = new Set(allQuestions(to).map((q) => q.question.id));
	const source = new Set(
		from ? allQuestions(from).map((q) => q.question.id) : answers.map((a) => a.questionId)
	);
	const carried: Answer[] = [];
	const dropped: Answer[] = [];
	for (const a of answers) {
		if (target.has(a.questionId)) carried.push(a);
		else if (a.value !== null || a.comment.trim() !== '' || a.evidence.length > 0) dropped.push(a);
	}
	const added = [...target].filter((id) => !source.has(id));
	return { carried, dropped, added };
}
