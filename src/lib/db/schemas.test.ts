/**
 * The schemas loaded in idle time where answers are given (loadSchemasWhenIdle),
 * so that a page's first save need not wait for zod: asked once per page, run
 * when the browser is idle, and never in Node (no document: a save loads them).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('./schemas');
let idle: (() => void)[];

beforeEach(() => {
	vi.resetModules();
	idle = [];
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

/** A fresh copy of the module (its "loaded" and "asked" start anew). */
const fresh = (): Promise<Module> => import('./schemas');

/** Until the dynamic imports of `schemas()` have settled. */
const loadedIn = async (m: Module) => {
	await vi.waitFor(() => expect(m.loadedSchemas()).toBeDefined());
	return m.loadedSchemas()!;
};

describe('loadSchemasWhenIdle', () => {
	it('in a page: asks for one idle callback however often it is called, and loads there', async () => {
		vi.stubGlobal('document', {});
		vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
		const m = await fresh();
		m.loadSchemasWhenIdle();
		m.loadSchemasWhenIdle();
		expect(idle).toHaveLength(1);
		expect(m.loadedSchemas()).toBeUndefined();
		idle[0]!();
		const loaded = await loadedIn(m);
		expect(loaded.Answer.safeParse({}).success).toBe(false);
		// loaded: asked again, nothing more is scheduled
		m.loadSchemasWhenIdle();
		expect(idle).toHaveLength(1);
	});

	it('without requestIdleCallback (Safari): after a second', async () => {
		vi.stubGlobal('document', {});
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers({ toFake: ['setTimeout'] });
		const m = await fresh();
		m.loadSchemasWhenIdle();
		vi.advanceTimersByTime(999);
		expect(m.loadedSchemas()).toBeUndefined();
		vi.advanceTimersByTime(1);
		vi.useRealTimers();
		await loadedIn(m);
	});

	it('without a document (Node) it does nothing: the first save loads them', async () => {
		vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
		const m = await fresh();
		m.loadSchemasWhenIdle();
		expect(idle).toHaveLength(0);
		expect(m.loadedSchemas()).toBeUndefined();
	});
});
