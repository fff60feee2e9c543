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
 * Keeps the earliest-starting of overlapping finds (the longest at equal starts, then the earlier list),
 * so "$2.8 billion" is money and not the quantity "2.8 billion", and "February 24, 2022" one date.
 */
export function resolveOverlaps<F extends { start: number; end: number }>(lists: F[][]): F[] {
  const all: { f: F; rank: number }[] = [];
  lists.forEach((list, rank) => { for (const f of list) all.push({ f, rank }); });
  all.sort((a, b) => a.f.start - b.f.start || (b.f.end - b.f.start) - (a.f.end - a.f.start) || a.rank - b.rank);
  const out: F[] = [];
  let end = -1;
  for (const { f } of all) {
    if (f.start < end) continue;
    out.push(f);
    end = f.end;
  }
  return out;
}
