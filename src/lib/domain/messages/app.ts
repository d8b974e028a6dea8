/**
 * The app's messages on every page: merged from one file per feature. The /data
 * page's own messages are in data.ts, the PDF report's in pdf.ts.
 */
import { mergeCatalogues } from './catalogue';
import core from './core';
import quality from './quality';
import report from './report';
import results from './results';
import team from './team';

export const appMessages = mergeCatalogues(core, results, report, quality, team);

/** A key of a message on any page (what the app's `t()` takes). */
export type MessageKey = keyof typeof appMessages.en & string;
