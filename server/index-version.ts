/**
 * Knows which build of the index is live, by polling its `updatedAt` (an atomic swap brings in
 * a newer one). The version keys the response cache and the ETags; polling keeps that check off
 * the request path. While the engine does not answer the version is unknown, and nothing is
 * cached or answered with 304.
 */
import type { Meilisearch } from 'meilisearch';

export class IndexVersion {
  private value: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: Meilisearch,
    private readonly indexUid: string,
    private readonly intervalMs = 1000,
  ) {}

  get current(): string | undefined {
    return this.value;
  }

  async refresh(): Promise<string | undefined> {
    try {
      const index = await this.client.getRawIndex(this.indexUid);
      this.value = `${index.createdAt}|${index.updatedAt}`;
    } catch {
      this.value = undefined;
    }
    return this.value;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.refresh(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
