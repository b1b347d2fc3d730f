// A bounded cache for a pure function of one string: a reply analyses the same question several
// times (search, quoting, routing), and a hotline sees the same questions over and over.
export function memoize<T>(fn: (key: string) => T, size = 512): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };
}
