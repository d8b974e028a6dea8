/**
 * The zod schemas of what is stored, loaded where data is checked before it
 * is written (a new city or assessment, an answer, a journal replay) rather
 * than with the first screen: zod is about a quarter of the start-up JS. The
 * first call loads them (precached by the service worker, so offline too);
 * later calls get the loaded module. Load them before a transaction starts:
 * awaiting anything but Dexie inside one commits it early.
 */
export async function schemas() {
	if (loaded) return loaded;
	const [records, journal, team] = await Promise.all([
		import('$lib/domain/assessment'),
		import('$lib/domain/journal'),
		import('$lib/domain/team/respondent')
	]);
	loaded = {
		City: records.City,
		Assessment: records.Assessment,
		Answer: records.Answer,
		JournalEntry: journal.JournalEntry,
		Respondent: team.Respondent,
		RespondentAnswer: team.RespondentAnswer
	};
	return loaded;
}

export interface Schemas {
	City: typeof import('$lib/domain/assessment').City;
	Assessment: typeof import('$lib/domain/assessment').Assessment;
	Answer: typeof import('$lib/domain/assessment').Answer;
	JournalEntry: typeof import('$lib/domain/journal').JournalEntry;
	Respondent: typeof import('$lib/domain/team/respondent').Respondent;
	RespondentAnswer: typeof import('$lib/domain/team/respondent').RespondentAnswer;
}

let loaded: Schemas | undefined;

let asked = false;

/**
 * Load the schemas once the browser is idle (or after a second where there is
 * no requestIdleCallback, as in Safari), once per page; nothing without a
 * document (Node: the first save loads them). A page where answers are given
 * asks for this when it shows an answer, so that the person's first answer
 * does not wait for zod and the schemas to load and compile: at 4× CPU that
 * first save took 141 ms from click to commit, against 37 ms for the others
 * (the bench's median). Failing to load changes nothing: a save loads them.
 */
export function loadSchemasWhenIdle(): void {
	if (loaded || asked || typeof document === 'undefined') return;
	asked = true;
	const load = () =>
		void schemas().catch(() => {
			asked = false;
		});
	if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3000 });
	else setTimeout(load, 1000);
}

/**
 * The schemas if already loaded, without waiting: a save can then open its
 * transaction in the same task as the click, before the page redraws.
 */
export function loadedSchemas(): Schemas | undefined {
	return loaded;
}
