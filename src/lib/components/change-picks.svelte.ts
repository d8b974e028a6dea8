/** What a person chose on one city's change card. */
export interface ChangePick {
	/** the assessments compared (ids): unset, the oldest and the newest */
	from?: string;
	to?: string;
	/** the card's item table shown */
	open?: boolean;
}

/**
 * The choices made on the change-over-time cards, by city, for as long as the
 * page lives. The cards are drawn by position (a new order, as anonymising
 * makes, rewrites them in place rather than moving them and their form
 * controls), so what was chosen for a city is kept here and follows the city
 * to whichever card shows it.
 */
export class ChangePicks {
	#picks = $state<Record<string, ChangePick>>({});

	of(cityId: string): ChangePick | undefined {
		return this.#picks[cityId];
	}

	set(cityId: string, change: ChangePick): void {
		this.#picks[cityId] = { ...this.#picks[cityId], ...change };
	}
}
