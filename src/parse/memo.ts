/**
 * `fn` remembered per argument, for pure functions of short texts that a run asks again and again
 * (the headings of one repository's documents). At most `limit` entries, so hostile input cannot
 * grow it: the memory is emptied when full.
 */
export function remembered<V>(fn: (key: string) => V, limit = 4096): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      if (seen.size >= limit) seen.clear();
      value = fn(key);
      seen.set(key, value);
    }
    return value;
  };
}
