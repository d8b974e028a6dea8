import { defineMessages } from '../define';

/** UI messages of the quality feature. */
export default defineMessages({
	en: {},
	pl: {}
});
