/**
 * Which items a failure belongs to, by bisection: given a test that says whether a set of items
 * is acceptable on its own (the empty set being acceptable), find the items to leave out.
 * Each culprit costs about log2(n) tests. When two halves are each acceptable but not together,
 * the whole set is blamed: leaving out more never widens access.
 */

export interface Culprits<T> {
  culprits: T[];
  /** The test budget ran out: the remaining unsettled items were blamed as a whole. */
  exhausted: boolean;
}

/** `accepts` is never called with the whole of `items` (the caller knows that fails). */
export async function bisectAsync<T>(
  items: readonly T[],
  accepts: (subset: readonly T[]) => Promise<boolean>,
  budget = 32,
): Promise<Culprits<T>> {
  let left = budget;
  let exhausted = false;
  const search = async (set: readonly T[], knownBad: boolean): Promise<T[]> => {
    if (set.length === 0) return [];
    if (!knownBad) {
      if (left <= 0) {
        exhausted = true;
        return [...set];
      }
      left--;
      if (await accepts(set)) return [];
    }
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const a = await search(set.slice(0, half), false);
    const b = await search(set.slice(half), false);
    return a.length + b.length === 0 ? [...set] : [...a, ...b];
  };
  const culprits = await search(items, true);
  return { culprits, exhausted };
}

/** The same, for a synchronous test. */
export function bisect<T>(items: readonly T[], accepts: (subset: readonly T[]) => boolean, budget = 64): Culprits<T> {
  let left = budget;
  let exhausted = false;
  const search = (set: readonly T[], knownBad: boolean): T[] => {
    if (set.length === 0) return [];
    if (!knownBad) {
      if (left <= 0) {
        exhausted = true;
        return [...set];
      }
      left--;
      if (accepts(set)) return [];
    }
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const a = search(set.slice(0, half), false);
    const b = search(set.slice(half), false);
    return a.length + b.length === 0 ? [...set] : [...a, ...b];
  };
  return { culprits: search(items, true), exhausted };
}
