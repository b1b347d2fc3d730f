// A bounded cache for a pure function of one string: a reply analyses the same question several
// times (search, quoting, routing), and a hotline sees the same questions over and over.
// Eviction is first-in first-out through a ring of keys: evicting by iterating the Map from its
// front would walk over every entry deleted before, which in V8 makes eviction slow as it goes on.
export function memoize<T>(fn: (key: string) => T, size = 512): (key: string) => T {
  const cached = memoizeBy<T>(size);
  return (key) => cached(key, () => fn(key));
}

/** The same cache, for a computation whose inputs the caller folds into one key string. */
export function memoizeBy<T>(size: number): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  const ring: Array<string | undefined> = new Array(size);
  let next = 0;
  return (key, compute) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute();
    const old = ring[next];
    if (old !== undefined) cache.delete(old);
    ring[next] = key;
    next = (next + 1) % size;
    cache.set(key, value);
    return value;
  };
}
