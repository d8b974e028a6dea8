/**
 * The messages of the pages after the first screen (results, questionnaire,
 * compare, team, framework texts), loaded by `loadPageMessages` in
 * i18n/locale.svelte.ts; the first screen's are start.ts's.
 */
import { mergeCatalogues } from './catalogue';
import framework from './framework';
import questionnaire from './questionnaire';
import results from './results';
import team from './team';
import workshop from './workshop';

export const pageMessages = mergeCatalogues(results, workshop, framework, questionnaire, team);
