import { defineMessages } from '../define';

/** UI messages of the report feature. */
export default defineMessages({
	en: {},
	pl: {}
});
