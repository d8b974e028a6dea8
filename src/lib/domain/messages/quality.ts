import { defineMessages } from './catalogue';

/** UI messages of the quality feature (reliability and security). */
export default defineMessages({
	en: {
		'banner.newer':
			'The data on this device was saved by a newer version of the app. To protect it, this window is read-only. Reload to get the newest version; if that does not help, clear the browser cache for this site and reload.',
		'error.newer':
			'Not saved: the data on this device comes from a newer version of the app, so this window is read-only. Reload to update the app.',
		'error.storage':
			'The device storage reported an error, so this could not be done. Nothing was changed. Try again; if it keeps failing, reload the page.'
	},
	pl: {
		'banner.newer':
			'Dane na tym urządzeniu zapisała nowsza wersja aplikacji. Aby je chronić, to okno działa tylko w trybie odczytu. Odśwież stronę, aby pobrać najnowszą wersję; jeśli to nie pomoże, wyczyść pamięć podręczną przeglądarki dla tej witryny i odśwież stronę.',
		'error.newer':
			'Nie zapisano: dane na tym urządzeniu pochodzą z nowszej wersji aplikacji, dlatego to okno działa tylko w trybie odczytu. Odśwież stronę, aby zaktualizować aplikację.',
		'error.storage':
			'Pamięć urządzenia zgłosiła błąd, więc nie udało się tego wykonać. Niczego nie zmieniono. Spróbuj ponownie; jeśli błąd się powtórzy, odśwież stronę.'
	}
});
