// 32-bit feature hashing, identical in training and at run time (the model stores only hashes).

/** FNV-1a over the UTF-16 code units of s[from, to), from a seed. */
export function hashString(s: string, seed: number, from = 0, to = s.length): number {
  let h = (seed ^ 0x811c9dc5) | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Mixes two 32-bit values (murmur3 step and finaliser): order-sensitive, well spread. */
export function mix(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  let h = a ^ Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
