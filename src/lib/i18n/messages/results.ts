import { defineMessages } from '../define';

/** UI messages of the results feature. */
export default defineMessages({
	en: {},
	pl: {}
});
