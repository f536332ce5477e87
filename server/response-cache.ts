/**
 * A small LRU cache for search responses, keyed by the normalised request. Entries belong to
 * one index version: when the version changes (a re-ingest swapped the index) the cache empties,
 * so it never serves documents from before the swap.
 */
export class ResponseCache<V> {
  private readonly entries = new Map<string, V>();
  private version: string | undefined;

  constructor(private readonly capacity: number) {}

  get(version: string | undefined, key: string): V | undefined {
    if (version === undefined || version !== this.version) return undefined;
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(version: string | undefined, key: string, value: V): void {
    if (this.capacity === 0 || version === undefined) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
