/** The golden-ratio multiplier of Fibonacci hashing, as a 32-bit integer. */
const golden = 0x9e3779b1;

/** A set of pairs of non-negative 31-bit integers, each with an int32 value, of fixed room. */
export interface PairTable {
  /** The value stored with (a, b) when there is one; else stores `value` and returns −1. */
  getOrSet(a: number, b: number, value: number): number;
}

/**
 * An open-addressing hash table over typed arrays for up to `room` pairs: a Map keyed by a
 * number above 2³¹ hashes a heap number, about ten times slower for a million answers.
 */
export function createPairTable(room: number): PairTable {
  let size = 16;
  while (size < room * 2) size *= 2;
  const mask = size - 1;
  // a + 1 so that 0 marks an empty slot.
  const first = new Int32Array(size);
  const second = new Int32Array(size);
  const values = new Int32Array(size);
  return {
    getOrSet(a, b, value) {
      let slot = (Math.imul(a ^ Math.imul(b, golden), golden) >>> 0) & mask;
      while (first[slot] !== 0) {
        if (first[slot] === a + 1 && second[slot] === b) return values[slot]!;
        slot = (slot + 1) & mask;
      }
      first[slot] = a + 1;
      second[slot] = b;
      values[slot] = value;
      return -1;
    },
  };
}
