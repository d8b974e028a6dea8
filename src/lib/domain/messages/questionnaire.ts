import { defineMessages } from './catalogue';

/** UI messages of the questionnaire on a phone (one question a screen) and the laptop's compact cards. */
export default defineMessages({
	en: {
		'phone.position': '{n} / {total} in this item',
		'phone.prev': 'Previous',
		'phone.next': 'Next',
		'phone.nextUnanswered': 'Next unanswered',
		'phone.nav': 'Questions',
		'phone.levels': 'What do the levels mean?',
		'phone.chosen': 'Chosen: {answer}',
		'phone.aboutItem': 'About this item',
		'q.collapseAnswered': 'Show only the chosen level of answered questions',
		'q.showLevels': 'Show all levels'
	},
	pl: {
		'phone.position': '{n} / {total} w tym obszarze',
		'phone.prev': 'Poprzednie',
		'phone.next': 'Następne',
		'phone.nextUnanswered': 'Następne bez odpowiedzi',
		'phone.nav': 'Pytania',
		'phone.levels': 'Co oznaczają poziomy?',
		'phone.chosen': 'Wybrano: {answer}',
		'phone.aboutItem': 'O tym obszarze',
		'q.collapseAnswered': 'W pytaniach z odpowiedzią pokazuj tylko wybrany poziom',
		'q.showLevels': 'Pokaż wszystkie poziomy'
	}
});
