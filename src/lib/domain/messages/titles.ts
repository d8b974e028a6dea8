import { defineMessages } from './catalogue';

/**
 * The browser tab's title of each page (issue 11 point 5, issue 12 point 5):
 * "Kraków – Ocena 2026 · Wyniki · Samoocena – miasta praw człowieka".
 * Pages whose title is their heading reuse the heading's message.
 */
export default defineMessages({
	en: {
		'title.assess': 'Questions'
	},
	pl: {
		'title.assess': 'Pytania'
	}
});
