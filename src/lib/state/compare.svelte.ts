/**
 * The assessments chosen for comparison, live from the device database:
 * one query for their records and cities, one for all their answers.
 * Scores are computed here (pure scoring), once per change of the data.
 * `CompareView` below is the compare page's state.
 */
import * as answers from '$lib/db/answers';
import * as assessments from '$lib/db/assessments';
import * as cityRecords from '$lib/db/cities';
import * as frameworks from '$lib/db/frameworks';
import { LiveQuery } from '$lib/db/live.svelte';
import { sharedOverview, type CityOverview } from '$lib/db/overview';
import { listTeams, type Team } from '$lib/db/team-overlay';
import type { Assessment, City } from '$lib/domain/assessment';
import { changeOverTime, orderForDisplay, type SeriesLabel } from '$lib/domain/compare';
import type { Framework } from '$lib/domain/framework';
import { allQuestions, frameworkKey } from '$lib/domain/framework-tree';
import { ALL, pickerRows, type PickerQuery } from '$lib/domain/picker';
import { scoreAssessment, type AssessmentScore } from '$lib/domain/scoring';
import { respondentScores } from '$lib/domain/team/overlay';
import { cityAndLabel } from '$lib/domain/text';
import { respondentName } from '$lib/i18n/team';
import { parseSelection, selectionHref, type Selection } from './compare-address';

export interface ComparedAssessment {
	assessment: Assessment;
	city: City | undefined;
	score: AssessmentScore;
	/** its respondents and their answers (absent: none) */
	team?: Team;
}

/** A series of the compare charts and tables: an assessment, or one of its respondents. */
export interface ComparedSeries {
	assessment: { id: string };
	name: SeriesLabel;
	score: AssessmentScore;
}

export interface Comparison {
	/** the framework shown: that of the first selected assessment found */
	framework: Framework | undefined;
	entries: ComparedAssessment[];
	/** selected but no longer on the device */
	missing: string[];
	/** selected, but on another framework or version (not comparable) */
	otherFramework: { assessment: Assessment; city: City | undefined }[];
}

export async function loadComparison(ids: string[]): Promise<Comparison> {
	if (ids.length === 0)
		return { framework: undefined, entries: [], missing: [], otherFramework: [] };
	const [records, byAssessment, teams] = await Promise.all([
		assessments.getMany(ids),
		answers.listByAssessments(ids),
		listTeams(ids)
	]);
	const found = records.filter((a): a is Assessment => a !== undefined);
	const cityIds = [...new Set(found.map((a) => a.cityId))];
	const cities = await cityRecords.getMany(cityIds);
	const cityById = new Map(cities.filter((c): c is City => !!c).map((c) => [c.id, c]));
	const first = found[0];
	const framework = first
		? await frameworks.resolve(first.frameworkId, first.frameworkVersion)
		: undefined;
	const key = framework ? frameworkKey(framework) : '';
	const entries: ComparedAssessment[] = [];
	const otherFramework: Comparison['otherFramework'] = [];
	for (const a of found) {
		const city = cityById.get(a.cityId);
		if (framework && `${a.frameworkId}@${a.frameworkVersion}` === key)
			entries.push({
				assessment: a,
				city,
				score: scoreAssessment(framework, byAssessment.get(a.id) ?? []),
				team: teams.get(a.id)
			});
		else otherFramework.push({ assessment: a, city });
	}
	return {
		framework,
		entries,
		missing: ids.filter((_, i) => records[i] === undefined),
		otherFramework
	};
}

/** What a view reads: a live query, or in tests any object shaped like one. */
export interface Source<T> {
	readonly current: T | undefined;
	readonly loaded: boolean;
	readonly error: unknown;
}

/**
 * The compare page: the selection (from the address), the live comparison of
 * the selected assessments, the device's catalogue to pick from, and what the
 * page shows: entries in display order with their (anonymised) names, the
 * change over time per city, and projector mode.
 *
 * One view lives as long as the page. Its selection changes in event
 * handlers only: `select()` when the person picks or toggles, `follow()` when
 * the address changes (a navigation). A new selection starts a new query, and
 * until it has loaded the previous comparison stays on screen, so the page
 * does not flash.
 */
export class CompareView {
	readonly #load: (ids: string[]) => Source<Comparison>;
	readonly catalog: Source<CityOverview[]>;
	readonly #frameworks: Source<Framework[]>;
	#live = $state.raw<Source<Comparison>>();
	#previous = $state.raw<Comparison>();
	#key: string | undefined;

	ids = $state.raw<string[]>([]);
	anonymise = $state(false);
	/** the assessments whose respondents are shown as series too */
	team = $state.raw<string[]>([]);
	/** large type and contrast, whole screen, no controls: for the room */
	projector = $state(false);
	/** projector mode shows one item's comparison at a time */
	walking = $state(false);
	/** the item shown while walking through, as an index into `items` */
	#at = $state(0);

	constructor(
		params: URLSearchParams,
		sources: {
			load?: (ids: string[]) => Source<Comparison>;
			catalog?: Source<CityOverview[]>;
			frameworks?: Source<Framework[]>;
		} = {}
	) {
		this.#load = sources.load ?? ((ids) => new LiveQuery(() => loadComparison(ids)));
		this.catalog = sources.catalog ?? new LiveQuery(sharedOverview, { whileShown: true });
		this.#frameworks = sources.frameworks ?? new LiveQuery(frameworks.listAll);
		this.follow(params);
	}

	/** Take the selection from the page address (on navigation). */
	follow(params: URLSearchParams): void {
		this.#apply(parseSelection(params));
	}

	/**
	 * Change the selection at once (a click or a pick), before the address
	 * catches up; returns the address that says so.
	 */
	select(change: Partial<Selection>): string {
		const next = { ids: this.ids, anonymise: this.anonymise, team: this.team, ...change };
		this.#apply(next);
		return selectionHref(next);
	}

	#apply({ ids, anonymise, team = [] }: Selection): void {
		this.anonymise = anonymise;
		// respondents shown or not: scored from the data loaded, no reload
		if (team.join(',') !== this.team.join(',')) this.team = team;
		// toggling anonymise changes the address but not the selection: no reload
		const key = ids.join(',');
		if (key === this.#key) return;
		this.#key = key;
		this.ids = ids;
		this.#previous = this.#live?.current ?? this.#previous;
		this.#live = this.#load(ids);
	}

	get current(): Comparison | undefined {
		return this.#live?.current ?? this.#previous;
	}
	get loaded(): boolean {
		return (this.#live?.loaded ?? false) || this.#previous !== undefined;
	}
	get error(): unknown {
		return this.#live?.error;
	}

	framework = $derived(this.current?.framework);

	/** The picker's search, filters and sort order. */
	pickerQuery = $state<PickerQuery>({ ...ALL });

	/** Every assessment on the device as the picker searches, filters and sorts it. */
	pickerRows = $derived.by(() => {
		const totals = new Map(
			(this.#frameworks.current ?? []).map((f) => [frameworkKey(f), allQuestions(f).length])
		);
		return pickerRows(this.catalog.current ?? [], (a) =>
			totals.get(`${a.frameworkId}@${a.frameworkVersion}`)
		);
	});

	/**
	 * The compared entries in display order with their names, named and
	 * anonymised: each kept while only `anonymise` changes, so the compare
	 * charts can draw the other one beforehand (CompareCharts).
	 */
	#shownNamed = $derived(orderForDisplay(this.current?.entries ?? [], false));
	#shownAnonymous = $derived(orderForDisplay(this.current?.entries ?? [], true));

	/** The compared entries in display order, each with the names shown for it. */
	get shown() {
		return this.anonymise ? this.#shownAnonymous : this.#shownNamed;
	}

	/** Shown assessments with respondents who answered: what the respondents' checkboxes offer. */
	teams = $derived(
		this.shown.flatMap((e) => {
			const answered = new Set(
				(e.team?.answers ?? []).filter((a) => a.value !== null).map((a) => a.respondentId)
			);
			const count = (e.team?.respondents ?? []).filter((r) => answered.has(r.id)).length;
			return count ? [{ id: e.assessment.id, name: e.name.display, count }] : [];
		})
	);

	/**
	 * The respondents' series of the assessments in `team`, each after the
	 * assessments (their colours stay put), named "assessment · respondent"
	 * (letters when anonymised, like the cities).
	 */
	get respondentSeries(): ComparedSeries[] {
		return this.anonymise ? this.#respondentsAnonymous : this.#respondentsNamed;
	}
	#respondentsNamed = $derived(this.#respondentsOf(this.#shownNamed, false));
	#respondentsAnonymous = $derived(this.#respondentsOf(this.#shownAnonymous, true));

	#respondentsOf(
		shown: (ComparedAssessment & { name: SeriesLabel })[],
		anonymise: boolean
	): ComparedSeries[] {
		const fw = this.framework;
		if (!fw || this.team.length === 0) return [];
		const wanted = new Set(this.team);
		return shown
			.filter((e) => wanted.has(e.assessment.id) && e.team)
			.flatMap((e) =>
				respondentScores(fw, e.team!.respondents, e.team!.answers).map((r) => {
					const who = respondentName(r.respondent, r.index, anonymise);
					return {
						assessment: { id: `${e.assessment.id}/${r.respondent.id}` },
						name: {
							label: `${e.name.label} · ${who}`,
							display: `${e.name.display} · ${who}`,
							city: e.name.city,
							assessment: who
						},
						score: r.score
					};
				})
			);
	}

	/** Every series of the charts and tables: the assessments, then the respondents shown. */
	get series(): ComparedSeries[] {
		return this.seriesOf(this.anonymise);
	}
	#seriesNamed = $derived<ComparedSeries[]>(
		this.#respondentsNamed.length
			? [...this.#shownNamed, ...this.#respondentsNamed]
			: this.#shownNamed
	);
	#seriesAnonymous = $derived<ComparedSeries[]>(
		this.#respondentsAnonymous.length
			? [...this.#shownAnonymous, ...this.#respondentsAnonymous]
			: this.#shownAnonymous
	);

	/**
	 * The series named (false) or anonymised (true), whichever is shown: the
	 * same array while only `anonymise` changes.
	 */
	seriesOf(anonymise: boolean): ComparedSeries[] {
		return anonymise ? this.#seriesAnonymous : this.#seriesNamed;
	}

	/** Cities with two or more assessments shown: their change over time. */
	get overTime() {
		return this.overTimeOf(this.anonymise);
	}
	#overTimeNamed = $derived(changeOverTime(this.#shownNamed));
	#overTimeAnonymous = $derived(changeOverTime(this.#shownAnonymous));

	/**
	 * The change over time named (false) or anonymised (true), whichever is
	 * shown: the same array while only `anonymise` changes (the compare page
	 * keeps the cards of both).
	 */
	overTimeOf(anonymise: boolean) {
		return anonymise ? this.#overTimeAnonymous : this.#overTimeNamed;
	}

	/** Every shown name, for the charts' accessible labels. */
	seriesText = $derived(this.series.map((e) => e.name.display).join(', '));

	/** Selected assessments of another framework, named unless anonymised. */
	otherFrameworkText = $derived(
		this.anonymise
			? ''
			: (this.current?.otherFramework ?? [])
					.map((o) => cityAndLabel(o.city?.name ?? '?', o.assessment.label))
					.join('; ')
	);

	/** The items of the framework shown, in radar order (the walk-through's steps). */
	items = $derived(this.shown[0]?.score.items.map((i) => i.id) ?? []);

	/** The walk-through's position, within the items there are. */
	get at(): number {
		return Math.min(this.#at, Math.max(0, this.items.length - 1));
	}

	/** Projector mode on or off; leaving it ends the walk-through too. */
	setProjector(on: boolean): void {
		this.projector = on;
		if (!on) this.walking = false;
	}

	/** Walk through the items one at a time (from where it was), or back to both charts. */
	toggleWalk(): void {
		this.walking = !this.walking;
	}

	/** The next (+1) or previous (-1) item of the walk-through; stays at the ends. */
	step(by: 1 | -1): void {
		this.#at = Math.min(Math.max(0, this.at + by), Math.max(0, this.items.length - 1));
	}

	/** The comparison report's entries: names as shown, a date unless anonymised. */
	reportEntries(formatDate: (ms: number) => string) {
		return [
			...this.shown.map((e) => ({
				label: e.name.label,
				detail: this.anonymise ? '' : formatDate(e.assessment.createdAt),
				score: e.score
			})),
			...this.respondentSeries.map((e) => ({ label: e.name.label, detail: '', score: e.score }))
		];
	}
}

/** What a key does in projector mode (shown on screen); undefined: not ours. */
export type ProjectorAction = 'anonymise' | 'leave' | 'walk' | 'next' | 'previous';

export function projectorAction(e: {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}): ProjectorAction | undefined {
	if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
	switch (e.key) {
		case 'a':
		case 'A':
			return 'anonymise';
		case 'w':
		case 'W':
			return 'walk';
		case 'Escape':
			return 'leave';
		// arrows, and the page keys a presentation clicker sends
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
	}
	return undefined;
}
