/** A framework definition checked and parsed at build time (vite.config.ts, `bundledFrameworks`). */
declare module '*.json?framework' {
	const framework: import('$lib/domain/framework').Framework;
	export default framework;
}
