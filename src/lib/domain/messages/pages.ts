/**
 * The messages of the pages after the first screen (results, questionnaire,
 * compare, team, framework texts, and later.ts: the questionnaire, about
 * page, save status and report button's texts), loaded by `loadPageMessages` in
 * i18n/locale.svelte.ts; the first screen's are start.ts's.
 */
import { mergeCatalogues } from './catalogue';
import framework from './framework';
import later from './later';
import questionnaire from './questionnaire';
import results from './results';
import team from './team';
import teamOverlay from './team-overlay';
import teamFiles from './team-files';
import workshop from './workshop';

export const pageMessages = mergeCatalogues(
	results,
	workshop,
	framework,
	questionnaire,
	team,
	teamOverlay,
	teamFiles,
	later
);
