/**
 * A test environment for runes with effects (`*.svelte.test.ts` files that
 * name it): Node, with the files compiled as for the browser. In Vitest's
 * default Node environment Svelte modules are compiled for the server, where
 * `$effect` never runs. Named by a file's first comment:
 * `// @vitest-environment ./tests/unit/runes-environment.ts`.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown() {} })
} satisfies Environment;
