/**
 * The team view of one assessment: every question's spread of answers over
 * the respondents, their comments and the disagreement, ordered largest
 * disagreement first (or in framework order), with names hidden on request.
 * One live query for the page; the consensus is written by each question's
 * own answer editor (the same save pipeline as the questionnaire).
 */
import { loadBundle, type AssessmentBundle } from '$lib/db/assessments';
import { LiveQuery } from '$lib/db/live.svelte';
import { analyseTeam, orderQuestions, type TeamOrder } from '$lib/domain/team';
import type { Source } from './assessment-view.svelte';

export class TeamView {
	readonly #live: Source<AssessmentBundle | null>;
	readonly id: string;
	/** how the questions are ordered */
	order = $state<TeamOrder>('disagreement');
	/** show "Respondent A, B…" instead of names */
	anonymised = $state(false);

	constructor(id: string, source?: Source<AssessmentBundle | null>) {
		this.id = id;
		this.#live = source ?? new LiveQuery(() => loadBundle(id));
	}

	get loaded() {
		return this.#live.loaded;
	}
	get error() {
		return this.#live.error;
	}
	get bundle() {
		return this.#live.current;
	}

	/** Spread, disagreement, comments and consensus of every question; undefined without a framework. */
	analysis = $derived.by(() => {
		const b = this.#live.current;
		if (!b?.framework) return undefined;
		return analyseTeam(b.framework, b.respondents ?? [], b.respondentAnswers ?? [], b.answers);
	});

	/** The questions in the chosen order. */
	questions = $derived.by(() =>
		this.analysis ? orderQuestions(this.analysis.questions, this.order) : []
	);

	/** Each question's position in the chosen order, by question id (for CSS `order`). */
	rank = $derived(new Map(this.questions.map((q, i) => [q.question.id, i])));

	/** How many questions the respondents disagree on (two different levels or more). */
	disagreed = $derived(this.questions.filter((q) => q.spread.disagreement > 0).length);
}
