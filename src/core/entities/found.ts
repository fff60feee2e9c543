// A value-bearing mention found by a rule (money, date, quantity), before grouping into entities.
import type { EntityValue } from '../types';

export interface Found<V extends EntityValue = EntityValue> {
  start: number;
  end: number;
  /** Null for mentions with no absolute value ("last week", "Friday"). */
  value: V | null;
  type: 'money' | 'date' | 'quantity';
}

/**
 * Keeps the earliest-starting of overlapping finds (the longest at equal starts, then the earlier list, then
 * the earlier find), so "$2.8 billion" is money and not the quantity "2.8 billion", and "February 24, 2022"
 * one date. Each list must be in order of start (the finders run at increasing positions): the lists are
 * merged, with no sort and no object per find.
 */
export function resolveOverlaps<F extends { start: number; end: number }>(lists: F[][]): F[] {
  const out: F[] = [];
  const heads = new Int32Array(lists.length);
  let end = -1;
  for (;;) {
    let start = Infinity;
    for (let r = 0; r < lists.length; r++) {
      const list = lists[r], h = heads[r];
      if (h < list.length && list[h].start < start) start = list[h].start;
    }
    if (start === Infinity) return out;
    // Only the first of the finds starting here in the order above can be kept: it covers the others.
    let best: F | null = null;
    for (let r = 0; r < lists.length; r++) {
      const list = lists[r];
      let h = heads[r];
      for (; h < list.length && list[h].start === start; h++) if (best === null || list[h].end > best.end) best = list[h];
      heads[r] = h;
    }
    if (start >= end && best !== null) {
      out.push(best);
      end = best.end;
    }
  }
}
