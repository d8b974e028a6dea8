/**
 * One assessment as the questionnaire and results pages see it: the record,
 * its city, its framework and its answers, live from the device database.
 * One liveQuery per page, shared by every component through this object, and
 * what the pages derive from it: progress, scores, ranked items, what is
 * still open, and the next unanswered question.
 */
import { loadBundle, setStatus, type AssessmentBundle } from '$lib/db/assessments';
import { LiveQuery } from '$lib/db/live.svelte';
import * as respondents from '$lib/db/respondents';
import type { Answer } from '$lib/domain/assessment';
import {
	CONSENSUS,
	respondentScores as scoreRespondents,
	respondentTarget,
	type AnswerTarget,
	type Respondent,
	type RespondentFields
} from '$lib/domain/team';
import type { Element, Framework, Item, Question } from '$lib/domain/framework';
import { allItems } from '$lib/domain/framework-tree';
import { scoreAssessment, strongestAndWeakest, unansweredQuestions } from '$lib/domain/scoring';
import { cityAndLabel } from '$lib/domain/text';

export { loadBundle, type AssessmentBundle };

/** One question in reading order, with where it sits (the phone shows one at a time). */
export interface QuestionPlace {
	element: Element;
	item: Item;
	question: Question;
	/** 1-based position in its item, and how many questions the item has */
	n: number;
	ofItem: number;
}

export interface Progress {
	answered: number;
	total: number;
}

/** What a view reads: a live query, or in tests any object shaped like one. */
export interface Source<T> {
	readonly current: T | undefined;
	readonly loaded: boolean;
	readonly error: unknown;
}

export class AssessmentView {
	readonly #live: Source<AssessmentBundle | null>;
	readonly id: string;

	readonly #answeringAs: () => string | null | undefined;

	/**
	 * `answeringAs`: the id of the respondent whose answers the questionnaire
	 * shows and edits (read reactively, e.g. from the URL); none or an unknown
	 * id: the team's consensus.
	 */
	constructor(
		id: string,
		source?: Source<AssessmentBundle | null>,
		answeringAs: () => string | null | undefined = () => undefined
	) {
		this.id = id;
		this.#live = source ?? new LiveQuery(() => loadBundle(id));
		this.#answeringAs = answeringAs;
	}

	/** The team's respondents, in the order added. */
	respondents = $derived.by<Respondent[]>(() => this.#live?.current?.respondents ?? []);

	/** The respondent the questionnaire answers as; undefined: the consensus. */
	respondent = $derived.by(() => {
		const as = this.#answeringAs();
		return as ? this.respondents.find((r) => r.id === as) : undefined;
	});

	/** Whose answers the questionnaire shows and edits. */
	target = $derived.by<AnswerTarget>(() =>
		this.respondent ? respondentTarget(this.respondent.id) : CONSENSUS
	);

	/** The answers the questionnaire shows: the consensus, or the respondent's. */
	#shown = $derived.by<Answer[]>(() => {
		const b = this.#live?.current;
		const who = this.respondent?.id;
		if (!who) return b?.answers ?? [];
		return (b?.respondentAnswers ?? []).filter((a) => a.respondentId === who);
	});

	/** Add a respondent to this assessment (name and department may stay empty). */
	addRespondent(fields: RespondentFields = {}): Promise<Respondent> {
		return respondents.create(this.id, fields);
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

	/** The shown answers by question id (the consensus, or the respondent answered as). */
	answersById = $derived.by(() => new Map(this.#shown.map((a) => [a.questionId, a])));

	isAnswered(questionId: string): boolean {
		const a = this.answersById.get(questionId);
		return a !== undefined && a.value !== null;
	}

	/**
	 * The framework, as a value of its own: a refresh (an answer saved) brings a
	 * new bundle but the same definition, so what is derived from the framework
	 * alone (items, questions, titles) is not derived again.
	 */
	#framework = $derived.by(() => this.#live.current?.framework);

	progress = $derived.by(() => {
		const fw = this.#framework;
		const perElement = new Map<string, Progress>();
		const perItem = new Map<string, Progress>();
		const overall: Progress = { answered: 0, total: 0 };
		for (const el of fw?.elements ?? []) {
			const ep: Progress = { answered: 0, total: 0 };
			for (const item of el.items) {
				const ip: Progress = { answered: 0, total: item.questions.length };
				for (const q of item.questions) if (this.isAnswered(q.id)) ip.answered++;
				perItem.set(item.id, ip);
				ep.answered += ip.answered;
				ep.total += ip.total;
			}
			perElement.set(el.id, ep);
			overall.answered += ep.answered;
			overall.total += ep.total;
		}
		return { overall, perElement, perItem };
	});

	get framework(): Framework | undefined {
		return this.#framework;
	}

	/** Every item in reading order, with its element (the questionnaire's pages). */
	items = $derived.by(() => {
		const fw = this.#framework;
		return fw ? allItems(fw) : [];
	});

	itemById = $derived(new Map(this.items.map((x) => [x.item.id, x])));

	/** The position of an item in `items`; the first item for an unknown or missing id. */
	itemIndex(itemId: string | null | undefined): number {
		return Math.max(
			0,
			this.items.findIndex((x) => x.item.id === itemId)
		);
	}

	/** Every question in reading order, with its item and position there. */
	questions = $derived<QuestionPlace[]>(
		this.items.flatMap(({ element, item }) =>
			item.questions.map((question, i) => ({
				element,
				item,
				question,
				n: i + 1,
				ofItem: item.questions.length
			}))
		)
	);

	/** The position of a question in `questions`; -1 for an unknown id. */
	questionIndex(questionId: string | null | undefined): number {
		return this.questions.findIndex((x) => x.question.id === questionId);
	}

	/**
	 * The first unanswered question after the one at `from`, wrapping around;
	 * none when every other question is answered.
	 */
	nextUnansweredAfter(from: number): QuestionPlace | undefined {
		const all = this.questions;
		for (let step = 1; step < all.length; step++) {
			const place = all[(from + step) % all.length]!;
			if (!this.isAnswered(place.question.id)) return place;
		}
		return undefined;
	}

	/** The first unanswered question from item `from` on, wrapping around; none when all are answered. */
	nextUnanswered(from: number): { item: Item; questionId: string } | undefined {
		const order = [...this.items.slice(from), ...this.items.slice(0, from)];
		for (const { item } of order)
			for (const q of item.questions) if (!this.isAnswered(q.id)) return { item, questionId: q.id };
		return undefined;
	}

	/** Scores, recomputed whenever an answer changes; undefined without a framework. */
	score = $derived.by(() => {
		const b = this.#live.current;
		return b?.framework ? scoreAssessment(b.framework, b.answers) : undefined;
	});

	/**
	 * Each respondent's scores, from their own answers (only those who answered):
	 * computed when first read, i.e. when the results page shows respondents.
	 */
	respondentScores = $derived.by(() => {
		const b = this.#live.current;
		return b?.framework
			? scoreRespondents(b.framework, b.respondents ?? [], b.respondentAnswers ?? [])
			: [];
	});

	/** Up to three strongest and weakest items, never one in both. */
	ranked = $derived(this.score ? strongestAndWeakest(this.score) : { strongest: [], weakest: [] });

	/** Questions still without any answer, by item. */
	unanswered = $derived.by(() => {
		const b = this.#live.current;
		return b?.framework ? unansweredQuestions(b.framework, b.answers) : [];
	});

	/** "City — label" for chart labels, each typed part isolated. */
	seriesName = $derived.by(() => {
		const b = this.#live.current;
		return b ? cityAndLabel(b.city?.name ?? '', b.assessment.label) : '';
	});

	/** Mark the assessment complete (the questionnaire's last step). */
	complete(): Promise<void> {
		return setStatus(this.id, 'complete');
	}
}
