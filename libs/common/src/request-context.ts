import DataLoader from 'dataloader';

/** Per-request DataLoaders, created lazily and dropped with the request. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** After a write in the same request, forget what was loaded. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

/** Groups rows by a key in the order of `keys`, for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const grouped = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = grouped.get(key);
    if (list) list.push(row);
    else grouped.set(key, [row]);
  }
  return keys.map((key) => grouped.get(key) ?? []);
}

/** Orders rows by `keys` for one-to-one loaders; unknown keys give null. */
export function orderByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
