// The one Redis connection a process keeps: conversations, rate limits and deliveries share it.
import { Redis } from "ioredis";

export function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    // Fail a turn quickly rather than hang it; reconnect in the background.
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  // Errors surface on the commands that fail; the connection's own error events are expected while Redis is away.
  redis.on("error", () => {});
  return redis;
}
