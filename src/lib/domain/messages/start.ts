/**
 * The app's messages the first screen needs (the home page and the layout's
 * notices and titles): app.ts's catalogue without the later pages' texts
 * (pages.ts: results, questionnaire, compare, team), which load with those pages (`loadPageMessages` in i18n/locale.svelte.ts, called by the root
 * layout's load for every page but the home page).
 */
import { mergeCatalogues } from './catalogue';
import core from './core';
import home from './home';
import quality from './quality';
import report from './report';
import titles from './titles';

export const startMessages = mergeCatalogues(core, report, quality, home, titles);
