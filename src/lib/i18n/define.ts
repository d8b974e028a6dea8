/**
 * A typed message dictionary: Polish must have exactly the keys of English.
 * Each feature keeps its own file in ./messages so features do not collide.
 */
export function defineMessages<const E extends Record<string, string>>(m: {
	en: E;
	pl: { [K in keyof E]: string };
}) {
	return m;
}
