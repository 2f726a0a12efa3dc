// A copy of an object with more fields, for the objects the analysis makes per file (operations, comments,
// findings, file entries), where `{ ...base, more: 1 }` would be the obvious spelling.
//
// Why not the spread: on Node 20's V8, an object literal that starts with a spread and then adds a key the spread
// did not bring gets a hidden class (map) of its own every time it runs: 0 of 2,986 such objects shared a map
// with an object built from the same shape (`%HaveSameMap`), against all 2,986 with `Object.assign`, which
// extends the clone along the shared transition tree. A map and its descriptor array are ~300 bytes of old space
// each; a 10,000-file SQL run held ~71,000 of them (20 MB, every finding and file entry its own), and every
// property read of such objects misses its inline cache. `Object.assign({}, …)` copies the same own enumerable
// properties in the same order, so the result is the same object to everything that reads it. One difference:
// `Object.assign` sets a key named `__proto__` through the prototype's setter where the spread defines it, so this
// is for objects whose keys the code writes (the analysis's own), not for a parsed document's.
/** `{ ...base, ...more }` (and `{ ...base, ...more, ...last }`), built so that objects of the same shapes share one hidden class. */
export function extend<T extends object, U extends object>(base: T, more: U): T & U;
export function extend<T extends object, U extends object, V extends object>(
  base: T,
  more: U,
  last: V,
): T & U & V;
export function extend(base: object, more: object, last?: object): object {
  return last === undefined ? Object.assign({}, base, more) : Object.assign({}, base, more, last);
}
