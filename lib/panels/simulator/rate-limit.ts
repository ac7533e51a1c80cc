/** Laravel's per-minute limiter: one bucket per user and API, reset a minute after its first hit. */
export class MinuteLimiter {
  private buckets = new Map<string, { count: number; resetAt: number }>();

  /** Counts a hit; says whether it is allowed and what the X-RateLimit headers should say. */
  hit(key: string, limit: number, now = Date.now()) {
    let bucket = this.buckets.get(key);
    if (!bucket || now >= bucket.resetAt) {
      bucket = { count: 0, resetAt: now + 60_000 };
      this.buckets.set(key, bucket);
    }
    bucket.count += 1;
    const allowed = bucket.count <= limit;

    return {
      allowed,
      limit,
      remaining: Math.max(0, limit - bucket.count),
      retryAfterSeconds: Math.max(1, Math.ceil((bucket.resetAt - now) / 1000)),
      resetAtSeconds: Math.ceil(bucket.resetAt / 1000),
    };
  }

  reset() {
    this.buckets.clear();
  }
}
