/**
 * Deterministic randomness for the demo data. The demo must look the same on every machine and
 * every run (screenshots, tests, the README's examples), so nothing here reads the clock or
 * Math.random: every choice comes from a PRNG seeded by a string key.
 */

/** mulberry32: a tiny 32-bit PRNG, plenty for picking demo data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a key such as "association:valby-besoegstjeneste" into a 32-bit seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Convenience methods over one PRNG stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element; throws on an empty list, which is always a bug in the data. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * A PRNG stream of its own for each key, so that adding one association to the catalogue does not
 * reshuffle the random details (addresses, dates, contacts) of all the others.
 */
export function randomFor(key: string): Random {
  const next = mulberry32(hashString(key));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error(`randomFor(${key}).pick: empty list`);
    return items[int(0, items.length - 1)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, count);
  };
  return { next, int, chance: (p) => next() < p, pick, sample };
}
