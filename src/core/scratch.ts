// Typed arrays for numbers that live only during one call, kept for the next call rather than made per call. A
// typed array made per call has its memory outside the heap: allocated, counted as external memory and freed by
// the collector, about a microsecond apiece whatever its length, which an article of a few kilobytes paid some two
// dozen times. A view of a kept array costs a few tens of nanoseconds.

export class Scratch<A extends Int32Array | Float64Array> {
  private kept: A;

  constructor(private readonly make: new (length: number) => A) {
    this.kept = new make(0);
  }

  /**
   * `length` numbers, each `value` (0 unless given): a view of the kept array, valid until the next take. The
   * caller must not keep it past its call, nor take again while it still reads it.
   */
  take(length: number, value = 0): A {
    let kept = this.kept;
    // Made anew when too small, or much too large (one very long document is not kept for good).
    if (kept.length < length || (kept.length > 4 * length && kept.length > 1 << 16)) kept = this.kept = new this.make(length + (length >> 2));
    const view = kept.subarray(0, length) as A;
    view.fill(value);
    return view;
  }
}
