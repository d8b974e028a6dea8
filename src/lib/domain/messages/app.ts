/**
 * The app's messages on every page: merged from one file per feature. The /data
 * page's own messages are in data.ts, the PDF report's in pdf.ts. The first
 * screen loads only start.ts's part of them (everything but results.ts).
 */
import { mergeCatalogues } from './catalogue';
import core from './core';
import framework from './framework';
import home from './home';
import later from './later';
import quality from './quality';
import questionnaire from './questionnaire';
import report from './report';
import results from './results';
import team from './team';
import teamOverlay from './team-overlay';
import teamFiles from './team-files';
import titles from './titles';
import workshop from './workshop';

export const appMessages = mergeCatalogues(
	core,
	results,
	report,
	quality,
	workshop,
	framework,
	questionnaire,
	titles,
	home,
	team,
	teamOverlay,
	teamFiles,
	later
);

/** A key of a message on any page (what the app's `t()` takes). */
export type MessageKey = keyof typeof appMessages.en & string;
