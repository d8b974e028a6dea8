/** Small settings kept in the meta table. */
import { db } from './db';
import { guard } from './errors';

export async function read<T>(key: string): Promise<T | undefined> {
	const row = await guard(() => db.meta.get(key));
	return row?.value as T | undefined;
}

export function write(key: string, value: unknown): Promise<void> {
	return guard(async () => {
		await db.meta.put({ key, value });
	});
}
