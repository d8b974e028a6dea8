/** A repeatable pseudo-random sequence for the report tests (not shipped): the same seed, the same numbers. */
export function seededRandom(seed: number): () => number {
	return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
}
