/**
 * The app's messages the first screen needs: app.ts's catalogue without the
 * results' texts (results.ts, about 3 KB gzip), which load with the pages that
 * show scores (`loadPageMessages` in i18n/locale.svelte.ts, called by the root
 * layout's load for every page but the home page).
 */
import { mergeCatalogues } from './catalogue';
import core from './core';
import quality from './quality';
import report from './report';

export const startMessages = mergeCatalogues(core, report, quality);
