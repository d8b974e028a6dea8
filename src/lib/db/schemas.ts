/**
 * The zod schemas of what is stored, loaded where data is checked before it
 * is written (a new city or assessment, an answer, a journal replay) rather
 * than with the first screen: zod is about a quarter of the start-up JS. The
 * first call loads them (precached by the service worker, so offline too);
 * later calls get the loaded module. Load them before a transaction starts:
 * awaiting anything but Dexie inside one commits it early.
 */
export async function schemas() {
	const [records, journal, team] = await Promise.all([
		import('$lib/domain/assessment'),
		import('$lib/domain/journal'),
		import('$lib/domain/team/respondent')
	]);
	return {
		City: records.City,
		Assessment: records.Assessment,
		Answer: records.Answer,
		JournalEntry: journal.JournalEntry,
		Respondent: team.Respondent,
		RespondentAnswer: team.RespondentAnswer
	};
}

export type Schemas = Awaited<ReturnType<typeof schemas>>;
