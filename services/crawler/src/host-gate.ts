import type { Redis } from 'ioredis';

/**
 * Takes the host's next request slot if it is free: returns 0 and books the following slot `delay`
 * milliseconds later; otherwise returns how many milliseconds remain. Redis's clock, in one script, so
 * every crawler process shares one timeline per host.
 */
const TAKE_SLOT = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
if nowMs >= nextFree then
  local delay = tonumber(ARGV[1])
  redis.call('SET', KEYS[1], nowMs + delay, 'PX', delay + 60000)
  return 0
end
return nextFree - nowMs
`;

/**
 * Moves the host's next free slot to at least `delay` after now: called once a request has been answered,
 * so the next request to the host goes at least the delay after this one reached it, however long this
 * one took to be sent (a busy machine) or answered.
 */
const SETTLE = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
local delay = tonumber(ARGV[1])
if nowMs + delay > nextFree then
  redis.call('SET', KEYS[1], nowMs + delay, 'PX', delay + 60000)
end
return 0
`;

/**
 * Slots are booked this much beyond the delay, so that the time between taking a slot and the request
 * reaching the host (a few milliseconds, more on a busy machine) cannot bring two requests closer than the delay.
 */
const SEND_MARGIN_MS = 50;

/**
 * Per-host politeness across every crawler process: requests to one host are at least `delayMs` apart.
 * A caller that may not go yet is told how long to wait, so it can delay its job instead of holding a
 * worker slot.
 */
export class HostGate {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  /** 0 when the request may go now (and the slot is taken); otherwise the milliseconds to wait. */
  async tryTake(url: string, delayMs: number): Promise<number> {
    const host = new URL(url).host.toLowerCase();
    if (delayMs <= 0) return 0;
    const booked = delayMs + SEND_MARGIN_MS;
    const wait = await this.redis.eval(TAKE_SLOT, 1, `${this.keyPrefix}:host-next:${host}`, String(booked));
    return Number(wait);
  }

  /**
   * The request to the host of `url` has been answered: its next request waits `delayMs` from now. Booking
   * at take time alone let gaps measured at the server fall below the delay when a request took long to go
   * out (233 ms for 250 under load); the gap is now counted from the answer, which the request preceded.
   */
  async settle(url: string, delayMs: number): Promise<void> {
    if (delayMs <= 0) return;
    const host = new URL(url).host.toLowerCase();
    await this.redis.eval(SETTLE, 1, `${this.keyPrefix}:host-next:${host}`, String(delayMs));
  }

  /** Waits (sleeping, for short source fetches) until the slot is taken. */
  async take(url: string, delayMs: number): Promise<void> {
    for (;;) {
      const wait = await this.tryTake(url, delayMs);
      if (wait === 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * 25));
    }
  }
}
