import { defineMessages } from './catalogue';

/** UI messages of the report feature. */
export default defineMessages({
	en: {
		'report.error':
			'The report could not be generated ({detail}). Try again; if it keeps failing, reload the page.'
	},
	pl: {
		'report.error':
			'Nie udało się przygotować raportu. Należy spróbować ponownie, a jeśli błąd się powtórzy – odświeżyć stronę.'
	}
});
