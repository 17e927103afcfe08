/**
 * A value built on first use and kept. Content scripts and the service worker start often, and most
 * starts never need the larger compiled structures (lexicon expressions), so those are not built at
 * module load.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
