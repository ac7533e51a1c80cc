type Entry<T> = { value?: T; error?: unknown; expiresAt: number; loading?: Promise<T> };

/**
 * A small in-process cache with single flight: while an entry is fresh it is served as is; when it is
 * stale, the first caller loads it and everyone asking meanwhile shares that one load. Failures are
 * kept briefly too, so a panel that is down is not hammered.
 */
export class SharedCache<T> {
  private entries = new Map<string, Entry<T>>();
  private loads = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly failureTtlMs = 2_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** How many loads ran (for tests and the benchmark). */
  get loadCount() {
    return this.loads;
  }

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry?.loading) return entry.loading;
    if (entry && entry.expiresAt > now) {
      if (entry.error !== undefined) throw entry.error;

      return entry.value as T;
    }
    this.loads += 1;
    const loading = load().then(
      (value) => {
        this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });

        return value;
      },
      (error: unknown) => {
        this.entries.set(key, { value: entry?.value, error, expiresAt: Date.now() + this.failureTtlMs });
        throw error;
      },
    );
    this.entries.set(key, { ...entry, expiresAt: entry?.expiresAt ?? 0, loading });
    this.evict();

    return loading;
  }

  /** The last value loaded, however old (to show when fresh data cannot be had). */
  peek(key: string): T | undefined {
    return this.entries.get(key)?.value;
  }

  invalidate(key: string) {
    const entry = this.entries.get(key);
    if (entry && !entry.loading) this.entries.set(key, { value: entry.value, expiresAt: 0 });
  }

  private evict() {
    if (this.entries.size <= this.maxEntries) return;
    const oldest = this.entries.keys().next().value;
    if (oldest !== undefined) this.entries.delete(oldest);
  }
}

/** A token bucket per key: `perMinute` calls, refilled continuously. */
export class MinuteBudget {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const refilled = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: now });

      return false;
    }
    this.buckets.set(key, { tokens: refilled - 1, at: now });

    return true;
  }
}
