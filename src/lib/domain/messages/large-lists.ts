import { defineMessages } from './catalogue';

/**
 * Messages of the /data page's long lists drawn in steps (a device holding thousands of
 * assessments after a large import): the city chosen before the assessment.
 */
export default defineMessages({
	en: {
		'fw.migrateCity': 'City'
	},
	pl: {
		'fw.migrateCity': 'Miasto'
	}
});
