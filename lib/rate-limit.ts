import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window with one atomic upsert, in the database so every
 * instance shares the count. Hits past the limit are refused until the window ends.
 */
export const hitRateLimit = async (
  db: DbOrTx,
  { key, limit, windowMs }: { key: string; limit: number; windowMs: number },
): Promise<RateLimitResult> => {
  const expired = sql`${rateLimits.windowStartedAt} <= now() - make_interval(secs => ${windowMs / 1000})`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning({ count: rateLimits.count, startedAt: rateLimits.windowStartedAt });
  const { count, startedAt } = row!;

  return {
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((startedAt.getTime() + windowMs - Date.now()) / 1000)),
  };
};
