import { defineMessages } from '../define';

/** UI messages of the exchange feature. */
export default defineMessages({
	en: {},
	pl: {}
});
