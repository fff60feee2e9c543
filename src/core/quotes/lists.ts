// Arrays made in the shape the optimised code of earlier documents expects.

/**
 * An empty array that holds objects from the start. A fresh `[]` holds small integers until an object
 * goes in, and code optimised on the previous document's arrays (of objects), or on objects whose field
 * held such an array, is thrown away at the sight of one: the second analysis in a process then pays
 * for compiling it again.
 */
export function emptyObjectList<T>(): T[] {
  const list = [null] as unknown as T[];
  list.pop();
  return list;
}
