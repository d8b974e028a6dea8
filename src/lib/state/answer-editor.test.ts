/**
 * The save pipeline under stress: the real AnswerEditor, journal and Dexie
 * code on fake-indexeddb, with random storage latency, pages closed at any
 * moment and another window writing. Whatever the schedule, the stored answer
 * ends on the person's last action and no false conflict is ever raised. The
 * model runs as the consensus and as a respondent; the other respondent's
 * answer (and the consensus, when a respondent answers) stays untouched.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as answers from '$lib/db/answers';
import * as assessments from '$lib/db/assessments';
import * as cities from '$lib/db/cities';
import * as respondents from '$lib/db/respondents';
import { db } from '$lib/db/db';
import { Journal } from '$lib/db/journal';
import { FakeLocks, MemoryStorage } from '$lib/db/journal.test-util';
import type { Answer } from '$lib/domain/assessment';
import { defaultFramework } from '$lib/domain/bundled';
import type { AnswerValue } from '$lib/domain/framework';
import { CONSENSUS, respondentTarget, type AnswerTarget } from '$lib/domain/team';
import { AnswerEditor, parseEvidence } from './answer-editor.svelte';

const Q = 'F1.1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// every call a new millisecond, so that "which action came last" is never a tie
let clock = Date.now();
beforeAll(() => void vi.spyOn(Date, 'now').mockImplementation(() => ++clock));
afterAll(() => vi.restoreAllMocks());

beforeEach(async () => {
	await db.delete();
	await db.open();
});

async function newAssessment(): Promise<string> {
	const c = await cities.create({ name: `Miasto ${Math.random().toString(36).slice(2, 8)}` });
	return (await assessments.create(c.id, defaultFramework, { label: 'Baseline 2026' })).id;
}

function mulberry32(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * One browser page: its journal, a commit function with storage latency, and
 * an editor whose live answer is `live`. Closing the page stops it at once:
 * a write not yet issued to the database never is (an issued one may commit).
 */
class Page {
	dead = false;
	journal: Journal;
	editor: AnswerEditor;
	statuses: string[] = [];

	constructor(
		readonly world: World,
		assessmentId: string,
		target: AnswerTarget = CONSENSUS
	) {
		this.journal = new Journal(world.storage, world.locks);
		this.editor = new AnswerEditor(assessmentId, Q, () => world.live, {
			journal: this.journal,
			target,
			commit: async (...args) => {
				await sleep(world.latency());
				if (this.dead) throw new Error('the page was closed before this write was issued');
				const result = await answers.sync(...args);
				world.live = result.answer.rev >= (world.live?.rev ?? 0) ? result.answer : world.live;
				await sleep(world.latency());
				return result;
			}
		});
	}

	/** Start the page: replay what closed pages left. Resolves when that is done. */
	open(): Promise<void> {
		const others = this.journal.otherTabs().length;
		return new Promise((resolve, reject) => {
			let left = others;
			this.journal.start({
				onReplayed: () => --left <= 0 && resolve(),
				onReplayError: reject
			});
			if (others === 0) resolve();
		});
	}

	close() {
		this.dead = true;
		this.journal.close();
	}
}

class World {
	storage = new MemoryStorage();
	locks = new FakeLocks();
	live: Answer | undefined;
	constructor(
		readonly random: () => number,
		readonly maxLatency: number
	) {}
	latency() {
		return Math.floor(this.random() * (this.maxLatency + 1));
	}
}

interface Model {
	value: AnswerValue | null;
	comment: string;
	evidence: string;
}
interface Real {
	world: World;
	page: Page;
	assessmentId: string;
	target: AnswerTarget;
	conflicts: number;
}
type Cmd = fc.AsyncCommand<Model, Real>;

const observe = (r: Real) => {
	if (r.page.editor.status === 'conflict') r.conflicts++;
};

class Choose implements Cmd {
	constructor(readonly v: AnswerValue | null) {}
	check = () => true;
	async run(m: Model, r: Real) {
		void r.page.editor.setValue(this.v);
		m.value = this.v;
		expect(r.page.editor.value).toBe(this.v);
		observe(r);
	}
	toString = () => `choose(${this.v})`;
}
class Type implements Cmd {
	constructor(readonly text: string) {}
	check = () => true;
	async run(m: Model, r: Real) {
		r.page.editor.setComment(this.text);
		m.comment = this.text;
		expect(r.page.editor.comment).toBe(this.text);
	}
	toString = () => `type(${JSON.stringify(this.text)})`;
}
class Evidence implements Cmd {
	constructor(readonly text: string) {}
	check = () => true;
	async run(m: Model, r: Real) {
		r.page.editor.setEvidence(this.text);
		m.evidence = this.text;
	}
	toString = () => `evidence(${JSON.stringify(this.text)})`;
}
class Blur implements Cmd {
	check = () => true;
	async run(_m: Model, r: Real) {
		void r.page.editor.flush();
		observe(r);
	}
	toString = () => 'blur';
}
class Wait implements Cmd {
	constructor(readonly ms: number) {}
	check = () => true;
	async run(_m: Model, r: Real) {
		await sleep(this.ms);
		observe(r);
	}
	toString = () => `wait(${this.ms})`;
}
/** Close the page at once, whatever is in flight, and open it again. */
class CloseAndReopen implements Cmd {
	check = () => true;
	async run(m: Model, r: Real) {
		r.page.close();
		const page = new Page(r.world, r.assessmentId, r.target);
		await page.open();
		r.world.live = await answers.get(r.assessmentId, Q, r.target);
		r.page = page;
		// the reopened page shows what the person last did
		expect(page.editor.value).toBe(m.value);
		expect(page.editor.comment).toBe(m.comment);
		expect(page.editor.evidence).toBe(parseEvidence(m.evidence).join('\n'));
		m.evidence = page.editor.evidence;
	}
	toString = () => 'close+reopen';
}
/** Another window chooses a level (its change arrives here through the live query). */
class OtherWindowChooses implements Cmd {
	constructor(readonly v: AnswerValue | null) {}
	check = () => true;
	async run(m: Model, r: Real) {
		const before = r.world.live?.value ?? null;
		if (this.v === before) return; // choosing the level already shown changes nothing
		const { answer } = await answers.sync(
			r.assessmentId,
			Q,
			{ choice: { value: this.v, at: Date.now() } },
			r.target
		);
		r.world.live = answer;
		m.value = this.v;
		observe(r);
	}
	toString = () => `other window chooses(${this.v})`;
}

const value = fc.constantFrom<AnswerValue | null>(0, 1, 2, 3, 4, 'na', 'dk', null);
const text = fc.constantFrom('', 'a', 'ab', 'Łódź — zażółć', 'abc', 'x y', 'Uchwała nr 12');
const commands = (otherWindow: boolean) =>
	fc.commands(
		[
			value.map((v) => new Choose(v)),
			text.map((t) => new Type(t)),
			fc
				.constantFrom('', 'https://bip.example/1', 'doc A\ndoc B', ' doc A \n\n')
				.map((t) => new Evidence(t)),
			fc.constant(new Blur()),
			fc.integer({ min: 0, max: 12 }).map((ms) => new Wait(ms)),
			fc.constant(new CloseAndReopen()),
			...(otherWindow ? [value.map((v) => new OtherWindowChooses(v))] : [])
		],
		{ maxCommands: 25 }
	);

/** Whose answer the model writes: the consensus, or respondent A (B is never written). */
type Who = 'consensus' | 'respondent';

async function runModel(
	cmds: Iterable<Cmd>,
	seed: number,
	maxLatency: number,
	who: Who = 'consensus'
) {
	const assessmentId = await newAssessment();
	const a = await respondents.create(assessmentId, { name: 'A' });
	const b = await respondents.create(assessmentId, { name: 'B' });
	await answers.sync(
		assessmentId,
		Q,
		{ choice: { value: 'dk', at: Date.now() } },
		respondentTarget(b.id)
	);
	const bBefore = await answers.get(assessmentId, Q, respondentTarget(b.id));
	const target = who === 'consensus' ? CONSENSUS : respondentTarget(a.id);
	const world = new World(mulberry32(seed), maxLatency);
	const page = new Page(world, assessmentId, target);
	await page.open();
	const real: Real = { world, page, assessmentId, target, conflicts: 0 };
	const model: Model = { value: null, comment: '', evidence: '' };
	await fc.asyncModelRun(() => ({ model, real }), cmds);
	// the person stops; everything pending is committed
	await real.page.editor.flush();
	expect(real.conflicts, 'no false conflict').toBe(0);
	expect(real.page.editor.status).not.toBe('error');
	const stored = await answers.get(assessmentId, Q, target);
	expect(stored?.value ?? null).toBe(model.value);
	expect(stored?.comment ?? '').toBe(model.comment);
	expect(stored?.evidence ?? []).toEqual(parseEvidence(model.evidence));
	expect(real.page.journal.own(), 'journal empty once committed').toEqual([]);
	// nothing leaked into another respondent's answer, nor into the consensus
	expect(await answers.get(assessmentId, Q, respondentTarget(b.id))).toEqual(bBefore);
	if (who === 'respondent') expect(await answers.get(assessmentId, Q)).toBeUndefined();
	else expect(await answers.get(assessmentId, Q, respondentTarget(a.id))).toBeUndefined();
	real.page.close();
}

describe('AnswerEditor: the last action is what is stored, whatever the timing', () => {
	it('one window: type, choose, blur, close at any moment and reopen (model-based)', async () => {
		await fc.assert(
			fc.asyncProperty(
				commands(false),
				fc.integer(),
				fc.constantFrom(0, 3, 10),
				fc.constantFrom<Who>('consensus', 'respondent'),
				(c, s, l, who) => runModel(c, s, l, who)
			),
			{ numRuns: Number(process.env.FC_RUNS ?? 60) }
		);
	}, 60_000);

	it('another window changing the level meanwhile: the latest choice wins, never a conflict', async () => {
		await fc.assert(
			fc.asyncProperty(
				commands(true),
				fc.integer(),
				fc.constantFrom(0, 3, 10),
				fc.constantFrom<Who>('consensus', 'respondent'),
				(c, s, l, who) => runModel(c, s, l, who)
			),
			{ numRuns: Number(process.env.FC_RUNS ?? 60) }
		);
	}, 60_000);
});

describe('AnswerEditor: known races', () => {
	async function page(maxLatency = 5) {
		const world = new World(mulberry32(7), maxLatency);
		const id = await newAssessment();
		const p = new Page(world, id);
		await p.open();
		return { p, id, world };
	}

	it('typing, then choosing a level while the text is saving: both kept, no conflict', async () => {
		const { p, id } = await page();
		p.editor.setComment('typed before clicking a level');
		const flushing = p.editor.flush();
		const choosing = p.editor.setValue(3);
		await Promise.all([flushing, choosing]);
		expect(p.editor.status).toBe('saved');
		expect(await answers.get(id, Q)).toMatchObject({
			value: 3,
			comment: 'typed before clicking a level'
		});
	});

	it('six levels chosen back to back end on the sixth, in at most two writes', async () => {
		const { p, id } = await page();
		const spy = vi.spyOn(answers, 'sync');
		const saves = ([0, 1, 2, 3, 4, 'na'] as const).map((v) => p.editor.setValue(v));
		expect(p.editor.value).toBe('na');
		await Promise.all(saves);
		expect(p.editor.status).toBe('saved');
		expect((await answers.get(id, Q))?.value).toBe('na');
		expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
		spy.mockRestore();
	});

	it('text another window saved while typing here is a conflict; keep mine / use theirs', async () => {
		const { p, id, world } = await page(0);
		await answers.sync(id, Q, {
			text: { comment: 'Base', evidence: [], baseComment: '', baseEvidence: [], at: Date.now() }
		});
		world.live = await answers.get(id, Q);
		p.editor.setComment('Base, edited here');
		const { answer } = await answers.sync(id, Q, {
			text: {
				comment: 'Base, edited there',
				evidence: [],
				baseComment: 'Base',
				baseEvidence: [],
				at: Date.now()
			}
		});
		world.live = answer;
		await p.editor.flush();
		expect(p.editor.status).toBe('conflict');
		expect(p.editor.theirs?.comment).toBe('Base, edited there');
		expect(p.editor.comment).toBe('Base, edited here');
		await p.editor.keepMine();
		expect(p.editor.status).toBe('saved');
		expect((await answers.get(id, Q))?.comment).toBe('Base, edited here');

		p.editor.setComment('Second edit here');
		world.live = (
			await answers.sync(id, Q, {
				text: {
					comment: 'Second edit there',
					evidence: [],
					baseComment: 'Base, edited here',
					baseEvidence: [],
					at: Date.now()
				}
			})
		).answer;
		await p.editor.flush();
		expect(p.editor.status).toBe('conflict');
		p.editor.useTheirs();
		expect(p.editor.comment).toBe('Second edit there');
		expect(p.journal.own()).toEqual([]);
	});

	it('a write that keeps failing: the change stays in the journal, "Try again" saves it', async () => {
		const world = new World(mulberry32(1), 0);
		const id = await newAssessment();
		const journal = new Journal(world.storage, world.locks);
		let full = true;
		const editor = new AnswerEditor(id, Q, () => undefined, {
			journal,
			commit: (...args) =>
				full
					? Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))
					: answers.sync(...args)
		});
		await editor.setValue(4);
		editor.setComment('Typed while the disk is full');
		await editor.flush();
		expect(editor.status).toBe('error');
		expect(editor.value).toBe(4);
		expect(journal.own()).toEqual([
			expect.objectContaining({
				choice: expect.objectContaining({ value: 4 }),
				text: expect.objectContaining({ comment: 'Typed while the disk is full' })
			})
		]);
		full = false;
		await editor.retry();
		expect(editor.status).toBe('saved');
		expect(journal.own()).toEqual([]);
		expect(await answers.get(id, Q)).toMatchObject({
			value: 4,
			comment: 'Typed while the disk is full'
		});
	});
});
