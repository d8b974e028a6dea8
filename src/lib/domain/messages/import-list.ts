import { defineMessages } from './catalogue';

/**
 * Messages of the import list on the data page for large files (issue 14):
 * a file's first assessments are listed, the rest on request.
 */
export default defineMessages({
	en: {
		'importList.more': '… and {count|one:# more assessment|other:# more assessments} in this file.',
		'importList.showAll': 'Show all {count} assessments'
	},
	pl: {
		'importList.more':
			'… i jeszcze {count|one:# ocena|few:# oceny|many:# ocen|other:# oceny} w tym pliku.',
		'importList.showAll': 'Pokaż wszystkie oceny ({count})'
	}
});
