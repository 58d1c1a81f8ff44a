import type { Redis } from 'ioredis';

/**
 * A Redis set of things already handled (canonical URLs, content hashes), shared by every crawler process.
 * Membership is checked before the work is queued and recorded after, so a crash in between repeats the
 * work (harmless: job ids and the store are idempotent) rather than losing it.
 */
export class SeenSet {
  constructor(
    private readonly redis: Redis,
    readonly key: string,
  ) {}

  async has(member: string): Promise<boolean> {
    return (await this.redis.sismember(this.key, member)) === 1;
  }

  /** Which of `members` are in the set, in one round trip (SMISMEMBER). */
  async hasMany(members: readonly string[]): Promise<boolean[]> {
    if (members.length === 0) return [];
    const flags = await this.redis.smismember(this.key, ...members);
    return flags.map((flag) => flag === 1);
  }

  async add(...members: string[]): Promise<void> {
    if (members.length > 0) await this.redis.sadd(this.key, ...members);
  }
}

/** Checks one member of each of several sets in one round trip; the answers come in the same order. */
export async function hasEach(redis: Redis, checks: readonly [SeenSet, string][]): Promise<boolean[]> {
  const pipeline = redis.pipeline();
  for (const [set, member] of checks) pipeline.sismember(set.key, member);
  const replies = (await pipeline.exec()) ?? [];
  return replies.map(([error, reply]) => {
    if (error) throw error;
    return reply === 1;
  });
}

/** Adds one member to each of several sets in one round trip. */
export async function addEach(redis: Redis, additions: readonly [SeenSet, string][]): Promise<void> {
  const pipeline = redis.pipeline();
  for (const [set, member] of additions) pipeline.sadd(set.key, member);
  for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
}
