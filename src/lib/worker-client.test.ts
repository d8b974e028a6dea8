import { describe, expect, it } from 'vitest';
import { WorkerClient, withoutWorkers } from './worker-client';

/** A stand-in for a module worker: the test says when it has loaded. */
class FakeWorker {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;
	posted: unknown[] = [];
	postMessage(data: unknown) {
		this.posted.push(data);
	}
	terminate() {
		this.terminated = true;
	}
	send(data: unknown) {
		this.onmessage?.({ data } as MessageEvent);
	}
}

function client() {
	const made: FakeWorker[] = [];
	const received: unknown[] = [];
	const failures: string[] = [];
	const c = new WorkerClient<{ id: number }>({
		create: () => {
			const w = new FakeWorker();
			made.push(w);
			return w as unknown as Worker;
		},
		onMessage: (data) => received.push(data),
		onFailure: (error) => failures.push(error.message),
		failureText: 'stopped'
	});
	return { c, made, received, failures };
}

describe('WorkerClient', () => {
	it('creates one worker and passes on its messages, not the loaded one', () => {
		const { c, made, received } = client();
		expect(c.get()).toBe(c.get());
		made[0]!.send({ loaded: true });
		made[0]!.send({ id: 1 });
		expect(made).toHaveLength(1);
		expect(received).toEqual([{ id: 1 }]);
	});

	it('ends a worker only once it has loaded, and fails what it had not answered', async () => {
		const { c, made, failures } = client();
		c.get();
		let ended = false;
		const ending = c.end().then(() => (ended = true));
		await Promise.resolve();
		await Promise.resolve();
		expect(ended).toBe(false);
		expect(made[0]!.terminated).toBe(false);
		made[0]!.send({ loaded: true });
		await ending;
		expect(made[0]!.terminated).toBe(true);
		expect(failures).toEqual(['stopped']);
		// the next request starts a new worker
		c.get();
		expect(made).toHaveLength(2);
		made[1]!.send({ loaded: true });
		await c.end();
	});

	it('a worker that fails to load is ended at once', async () => {
		const { c, made, failures } = client();
		c.get();
		made[0]!.onerror?.({ message: 'no script', preventDefault() {} } as ErrorEvent);
		await c.end();
		expect(made[0]!.terminated).toBe(true);
		expect(failures).toEqual(['no script']);
	});

	it('starts no worker ahead while "delete all" runs, and ends the ones started', async () => {
		const { c, made } = client();
		c.get();
		const { c: other, made: otherMade } = client();
		let warmedDuring = 0;
		const deleting = withoutWorkers(async () => {
			other.warm();
			warmedDuring = otherMade.length;
			return 'deleted';
		});
		made[0]!.send({ loaded: true });
		expect(await deleting).toBe('deleted');
		expect(made[0]!.terminated).toBe(true);
		expect(warmedDuring).toBe(0);
		other.warm();
		expect(otherMade).toHaveLength(1);
		otherMade[0]!.send({ loaded: true });
		await other.end();
	});
});
