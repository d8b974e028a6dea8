/**
 * One assessment as the questionnaire and results pages see it: the record,
 * its city, its framework and its answers, live from the device database.
 * One liveQuery per page, shared by every component through this object.
 */
import { loadBundle, type AssessmentBundle } from '$lib/db/assessments';
import { LiveQuery } from '$lib/db/live.svelte';

export { loadBundle, type AssessmentBundle };

export interface Progress {
	answered: number;
	total: number;
}

export class AssessmentView {
	readonly #live: LiveQuery<AssessmentBundle | null>;
	readonly id: string;

	constructor(id: string) {
		this.id = id;
		this.#live = new LiveQuery(() => loadBundle(id));
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

	answersById = $derived.by(
		() => new Map((this.#live?.current?.answers ?? []).map((a) => [a.questionId, a]))
	);

	isAnswered(questionId: string): boolean {
		const a = this.answersById.get(questionId);
		return a !== undefined && a.value !== null;
	}

	progress = $derived.by(() => {
		const fw = this.#live.current?.framework;
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
}
