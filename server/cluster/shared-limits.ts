/**
 * The limits that must hold across processes when several serve one install
 * (docs/operations.md, "Scale-out": every limit holds across processes): join
 * attempts and QR renders per address, sign-ins per address, per address and
 * name, and per account, and Socket.IO handshakes per address. Each is the
 * in-process limiter's rule on a Redis key, with that limiter as the fallback
 * while Redis does not answer. Limits per room (seat claims, intents) stay in
 * the process: a room's requests all reach its owner.
 */
import type { Redis } from "ioredis";
import type { ServerConfig } from "../config.js";
import { FailureBackoff, KeyedRateLimiter, type FailureLimiter, type RateLimiter } from "../security/rate-limit.js";
import { RedisFailureBackoff, RedisRateLimiter } from "./redis-rate-limit.js";

export interface SharedLimits {
  login: { perIp: RateLimiter; perIpAndName: RateLimiter; perAccount: FailureLimiter };
  joinAttempts: RateLimiter;
  qrRenders: RateLimiter;
  handshakes: RateLimiter;
}

export function sharedLimits(redis: Redis, config: ServerConfig): SharedLimits {
  const bucket = (name: string, capacity: number, refillPerSecond: number): RateLimiter =>
    new RedisRateLimiter(redis, { name, capacity, refillPerSecond, fallback: new KeyedRateLimiter(capacity, refillPerSecond) });
  const n = config.loginAttemptsPer15Min;
  const backoff = { freeFailures: config.loginFreeFailures, baseMs: config.loginBackoffBaseMs, maxMs: config.loginBackoffMaxMs };
  return {
    login: {
      perIp: bucket("login-ip", n * 3, (n * 3) / (15 * 60)),
      perIpAndName: bucket("login-ip-name", n, n / (15 * 60)),
      perAccount: new RedisFailureBackoff(redis, { name: "login-account", ...backoff, fallback: new FailureBackoff(backoff) }),
    },
    joinAttempts: bucket("join", config.joinAttemptsPerMinute, config.joinAttemptsPerMinute / 60),
    qrRenders: bucket("qr", 60, 1),
    handshakes: bucket("handshake", config.handshakeBurstPerIp, config.handshakesPerIpPerSecond),
  };
}
