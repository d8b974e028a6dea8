/** An assessment with its city, as a panel offers it for choosing. */
export interface CityAssessment {
	city: { id: string; name: string };
	assessment: { id: string };
}

/** Above this many assessments, the city is chosen first. */
export const MANY = 100;

/**
 * One assessment chosen among a list (the export and framework panels'). With
 * many assessments (a large import: 1,786), the city is chosen first and the
 * assessment among that city's: one <select> of every assessment took half a
 * second to draw at 4× CPU. Create it while a component is set up.
 */
export class CityFirst<T extends CityAssessment> {
	/** the assessment chosen ('': none yet, the city's first or the list's first) */
	assessmentId = $state('');
	/** the city chosen in the first step ('': none yet) */
	cityId = $state('');
	readonly #list: () => readonly T[];

	constructor(list: () => readonly T[]) {
		this.#list = list;
	}

	/** the city is chosen first */
	stepwise = $derived.by(() => this.#list().length > MANY);
	/** the cities to choose from first (stepwise only), in the list's order */
	cities = $derived.by(() =>
		this.stepwise ? [...new Map(this.#list().map((m) => [m.city.id, m.city])).values()] : []
	);
	/** the assessment chosen, else the chosen city's first, else the first */
	selected = $derived.by((): T | undefined => {
		const list = this.#list();
		return (
			list.find((m) => m.assessment.id === this.assessmentId) ??
			(this.stepwise && this.cityId ? list.find((m) => m.city.id === this.cityId) : undefined) ??
			list[0]
		);
	});
	/** the assessments offered: all of them, or the chosen city's */
	choices = $derived.by((): readonly T[] => {
		const list = this.#list();
		const selected = this.selected;
		return this.stepwise && selected ? list.filter((m) => m.city.id === selected.city.id) : list;
	});

	/** A city chosen first: its first assessment is chosen. */
	chooseCity(id: string): void {
		this.cityId = id;
		this.assessmentId = '';
	}
}
