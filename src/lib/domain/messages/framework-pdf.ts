import { defineMessages } from './catalogue';

/** PDF texts of the framework content: provenance and the next level of a question. */
export default defineMessages({
	en: {
		provenanceIntro:
			'Item titles marked “FRA wording” use the official English title of the FRA framework; “FRA topic” marks a topic FRA names, in our wording, not yet verified against FRA’s text. Polish titles are marked as FRA’s Polish wording or our translation; element subtitles that are not FRA’s wording are marked where they are printed. Everything else is written for this toolkit: the descriptions of the framework, its elements and items, the questions, their guidance, the level descriptions and the answer scale.',
		provEnVerified: 'EN title: FRA wording',
		provEnTopic: 'EN title: FRA topic, our wording',
		provTitlePlOfficial: 'PL title: FRA wording',
		provTitlePlProposed: 'PL title: our translation',
		provTitleOurs: 'heading: our wording',
		provTitleTranslated: 'heading: our translation',
		provSubtitleOurs: 'subtitle: our wording, not FRA’s',
		provSubtitleTranslated: 'subtitle: our translation of FRA’s English',
		provDescOurs: 'description: written for this toolkit',
		nextStepLevel: 'Level {to} – {label}: {description}'
	},
	pl: {
		provenanceIntro:
			'Tytuły oznaczone jako „brzmienie FRA” to oficjalne angielskie tytuły z ram FRA; „temat FRA” oznacza temat wskazany przez FRA, ujęty naszymi słowami i jeszcze niezweryfikowany z tekstem FRA. Przy polskich tytułach zaznaczono, czy to brzmienie FRA, czy nasze tłumaczenie; podtytuły elementów, które nie są brzmieniem FRA, oznaczono w miejscu, w którym są drukowane. Pozostałe treści opracowano na potrzeby tego narzędzia: opisy ram, elementów i obszarów, pytania, wskazówki, opisy poziomów i skalę odpowiedzi.',
		provEnVerified: 'tytuł EN: brzmienie FRA',
		provEnTopic: 'tytuł EN: temat FRA, nasze sformułowanie',
		provTitlePlOfficial: 'tytuł PL: brzmienie FRA',
		provTitlePlProposed: 'tytuł PL: nasze tłumaczenie',
		provTitleOurs: 'nagłówek: nasze sformułowanie',
		provTitleTranslated: 'nagłówek: nasze tłumaczenie',
		provSubtitleOurs: 'podtytuł: nasze sformułowanie, nie FRA',
		provSubtitleTranslated: 'podtytuł: nasze tłumaczenie angielskiego brzmienia FRA',
		provDescOurs: 'opis: opracowany na potrzeby tego narzędzia',
		nextStepLevel: 'Poziom {to} – {label}: {description}'
	}
});
