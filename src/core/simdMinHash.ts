// MinHash minima with WebAssembly SIMD, for the near-duplicate search (duplicates.ts).
//
// A set's signature is, for each permutation i, the least of (x * MUL[i] + ADD[i]) | 0 over its values x,
// compared as signed 32-bit integers. In JavaScript that is a multiplication, an addition and a minimum per
// value and permutation; with 128-bit SIMD it is one of each per value and four permutations, several times
// faster (the signatures were most of the cost of the search on a long text). The results are the same
// numbers: wrapping 32-bit multiplication and addition and a signed minimum in both.
//
// The module is a few hundred bytes, written out below by a small encoder rather than kept as an opaque
// binary. Where WebAssembly or its SIMD instructions are missing, simdMinima() returns null and the caller
// computes the minima in JavaScript.

interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: { js: { memory: WasmMemory } }) => { exports: { minima: MinimaFunction } };
  Memory: new (limits: { initial: number }) => WasmMemory;
}
interface WasmMemory { buffer: ArrayBuffer }
type MinimaFunction = (count: number, ranges: number, values: number, out: number) => void;

const PAGE = 65536;
/** A memory up to this size (enough for a text of about two megabytes) is kept for the next call; a larger one is let go. */
const KEEP_BYTES = 1 << 22;

/** Computes the minima of sets of values, as described above, for fixed multipliers and offsets. */
export interface SimdMinima {
  /**
   * The minima of `count` sets: set j is values[ranges[2j] .. ranges[2j + 1]), and its minimum for permutation
   * i is at [j * permutations + i] of the result (a view valid until the next call); null when no memory
   * large enough could be had (a WebAssembly memory reserves much address space), for the caller to compute them.
   */
  minima(values: Int32Array, ranges: Int32Array, count: number): Int32Array | null;
}

/** A SimdMinima for these permutations (a multiple of four), or null without WebAssembly SIMD. */
export function simdMinima(multipliers: Int32Array, offsets: Int32Array): SimdMinima | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  const permutations = multipliers.length;
  if (!api || permutations % 4 !== 0 || offsets.length !== permutations) return null;
  const bytes = minimaModule(permutations / 4);
  let module: object;
  try {
    if (!api.validate(bytes)) return null;
    module = new api.Module(bytes);
  } catch {
    return null;
  }
  // The memory is replaced by a larger one, never grown: growing detaches the old buffer, and the first
  // detached buffer in a process makes V8 drop all optimised code that reads typed arrays (and check for
  // detached buffers in every such read from then on), in the whole engine.
  let heap = new Int32Array(0);
  let minima: MinimaFunction = () => undefined;
  /** Whether the memory has `bytes` now. */
  const makeRoom = (bytes: number): boolean => {
    if (bytes <= heap.byteLength) return true;
    try {
      const memory = new api.Memory({ initial: Math.ceil(Math.max(bytes, 2 * heap.byteLength) / PAGE) });
      minima = new api.Instance(module, { js: { memory } }).exports.minima;
      heap = new Int32Array(memory.buffer);
    } catch {
      return false;
    }
    heap.set(multipliers, 0);
    heap.set(offsets, permutations);
    return true;
  };
  return {
    minima(values, ranges, count) {
      // Layout: multipliers, offsets, ranges, values, minima; 16-byte aligned (the ranges hold pairs, the rest is whole vectors).
      const rangesAt = 8 * permutations;
      const valuesAt = rangesAt + 8 * count;
      const valuesEnd = valuesAt + 4 * values.length;
      const outAt = valuesEnd + ((16 - (valuesEnd & 15)) & 15);
      if (!makeRoom(outAt + 4 * permutations * count)) return null;
      heap.set(ranges.subarray(0, 2 * count), rangesAt >> 2);
      heap.set(values, valuesAt >> 2);
      minima(count, rangesAt, valuesAt, outAt);
      const result = heap.subarray(outAt >> 2, (outAt >> 2) + permutations * count);
      if (heap.byteLength > KEEP_BYTES) { heap = new Int32Array(0); minima = () => undefined; } // the result keeps it until read
      return result;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The module: one function minima(count, ranges, values, out), exported, on a memory it imports as js.memory.
// Ranges and values are byte addresses; multipliers are at 0 and offsets right after them, as vectors of four.

const I32 = 0x7f;
const V128 = 0x7b;
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21;
const I32_LOAD = 0x28, I32_CONST = 0x41, I32_ADD = 0x6a, I32_MUL = 0x6c, I32_SHL = 0x74, I32_GE_S = 0x4e;
const simd = (code: number): number[] => [0xfd, ...unsigned(code)];
const V128_LOAD = simd(0), V128_STORE = simd(11), I32X4_SPLAT = simd(17);
const I32X4_ADD = simd(174), I32X4_MUL = simd(181), I32X4_MIN_S = simd(182);
const ALIGN_4 = 2, ALIGN_16 = 4;

function unsigned(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function signed(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

const vector = (items: number[][]): number[] => [...unsigned(items.length), ...items.flat()];
const section = (id: number, content: number[]): number[] => [id, ...unsigned(content.length), ...content];
const name = (s: string): number[] => vector([...s].map((c) => [c.charCodeAt(0)]));

/** The module's bytes, for `lanes` vectors of four permutations. */
function minimaModule(lanes: number): Uint8Array {
  // Locals: parameters count, ranges, values, out; then c, s, e (i32); x and one minimum per vector (v128).
  const COUNT = 0, RANGES = 1, VALUES = 2, OUT = 3, C = 4, S = 5, E = 6, X = 7, MIN = 8;
  const get = (l: number): number[] => [LOCAL_GET, l];
  const set = (l: number): number[] => [LOCAL_SET, l];
  const constant = (v: number): number[] => [I32_CONST, ...signed(v)];
  const code: number[] = [];
  const emit = (...parts: (number | number[])[]): void => { for (const p of parts) if (Array.isArray(p)) code.push(...p); else code.push(p); };
  const bytesPerSet = 16 * lanes;

  emit(constant(0), set(C));
  emit(BLOCK, VOID, LOOP, VOID); // for (c = 0; c < count; c++)
  emit(get(C), get(COUNT), I32_GE_S, BR_IF, 1);
  emit(get(RANGES), get(C), constant(3), I32_SHL, I32_ADD, I32_LOAD, ALIGN_4, 0, set(S));
  emit(get(RANGES), get(C), constant(3), I32_SHL, I32_ADD, I32_LOAD, ALIGN_4, 4, set(E));
  for (let v = 0; v < lanes; v++) emit(constant(0x7fffffff), I32X4_SPLAT, set(MIN + v));
  emit(BLOCK, VOID, LOOP, VOID); // for (; s < e; s++)
  emit(get(S), get(E), I32_GE_S, BR_IF, 1);
  emit(get(VALUES), get(S), constant(2), I32_SHL, I32_ADD, I32_LOAD, ALIGN_4, 0, I32X4_SPLAT, set(X));
  for (let v = 0; v < lanes; v++) {
    // min[v] = min_s(min[v], x * multipliers[v] + offsets[v])
    emit(get(MIN + v), get(X), constant(0), V128_LOAD, ALIGN_16, ...unsigned(16 * v), I32X4_MUL);
    emit(constant(0), V128_LOAD, ALIGN_16, ...unsigned(bytesPerSet + 16 * v), I32X4_ADD, I32X4_MIN_S, set(MIN + v));
  }
  emit(get(S), constant(1), I32_ADD, set(S), BR, 0, END, END);
  for (let v = 0; v < lanes; v++) emit(get(OUT), get(C), constant(bytesPerSet), I32_MUL, I32_ADD, get(MIN + v), V128_STORE, ALIGN_16, ...unsigned(16 * v));
  emit(get(C), constant(1), I32_ADD, set(C), BR, 0, END, END, END);

  const body = [...vector([[...unsigned(3), I32], [...unsigned(1 + lanes), V128]]), ...code];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32]]), 0]])), // type: (i32 x4) -> ()
    ...section(2, vector([[...name('js'), ...name('memory'), 2, 0, 1]])), // imports: memory js.memory, at least one page
    ...section(3, vector([[0]])), // function 0 has type 0
    ...section(7, vector([[...name('minima'), 0, 0]])), // exports: function 0
    ...section(10, vector([[...unsigned(body.length), ...body]])), // code
  ]);
}
