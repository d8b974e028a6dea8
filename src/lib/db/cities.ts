/** Cities on this device. */
import type { City, CityFields } from '$lib/domain/assessment';
import { NAME_MAX, NOTES_MAX } from '$lib/domain/constants';
import { newId } from '$lib/domain/records';
import { isBlankName, nameKey, normalizeName } from '$lib/domain/text';
import { db } from './db';
import { ValidationError, guard } from './errors';
import { schemas } from './schemas';
import { deleteTeamsOf } from './teams';

export type { CityFields };

function clean(fields: CityFields) {
	const name = normalizeName(fields.name);
	const country = (fields.country ?? '').trim();
	const notes = (fields.notes ?? '').trim();
	if (isBlankName(name)) throw new ValidationError('name', 'required');
	if (name.length > NAME_MAX) throw new ValidationError('name', 'tooLong', NAME_MAX);
	if (country.length > NAME_MAX) throw new ValidationError('country', 'tooLong', NAME_MAX);
	if (notes.length > NOTES_MAX) throw new ValidationError('notes', 'tooLong', NOTES_MAX);
	return { name, country, notes };
}

async function assertUniqueName(name: string, exceptId?: string) {
	const key = nameKey(name);
	const clash = await db.cities.filter((c) => c.id !== exceptId && nameKey(c.name) === key).first();
	if (clash) throw new ValidationError('name', 'duplicate');
}

export function list(): Promise<City[]> {
	return guard(() => db.cities.toArray()).then((rows) =>
		rows.sort((a, b) => a.name.localeCompare(b.name))
	);
}

export function get(id: string): Promise<City | undefined> {
	return guard(() => db.cities.get(id));
}

/** The cities with these ids, in the same order; undefined for an id not on the device. */
export function getMany(ids: string[]): Promise<(City | undefined)[]> {
	return guard(() => db.cities.bulkGet(ids));
}

export function create(fields: CityFields): Promise<City> {
	return guard(async () => {
		const { City } = await schemas();
		return db.transaction('rw', db.cities, async () => {
			const f = clean(fields);
			await assertUniqueName(f.name);
			const now = Date.now();
			const city = City.parse({ id: newId(), ...f, createdAt: now, updatedAt: now });
			await db.cities.add(city);
			return city;
		});
	});
}

export function update(id: string, fields: CityFields): Promise<City> {
	return guard(() =>
		db.transaction('rw', db.cities, async () => {
			const existing = await db.cities.get(id);
			if (!existing) throw new ValidationError('id', 'invalid');
			const f = clean(fields);
			await assertUniqueName(f.name, id);
			const city = { ...existing, ...f, updatedAt: Date.now() };
			await db.cities.put(city);
			return city;
		})
	);
}

/** Delete a city with all its assessments and answers, in one transaction. */
export function remove(id: string): Promise<void> {
	return guard(() =>
		db.transaction(
			'rw',
			[db.cities, db.assessments, db.answers, db.respondents, db.respondentAnswers],
			async () => {
				const ids = await db.assessments.where('cityId').equals(id).primaryKeys();
				await db.answers.where('assessmentId').anyOf(ids).delete();
				await deleteTeamsOf(ids);
				await db.assessments.bulkDelete(ids);
				await db.cities.delete(id);
			}
		)
	);
}
