import type { Redis } from 'ioredis';

/**
 * A Redis set of things already handled (canonical URLs, content hashes), shared by every crawler process.
 * Membership is checked before the work is queued and recorded after, so a crash in between repeats the
 * work (harmless: job ids and the store are idempotent) rather than losing it.
 */
export class SeenSet {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async has(member: string): Promise<boolean> {
    return (await this.redis.sismember(this.key, member)) === 1;
  }

  async add(member: string): Promise<void> {
    await this.redis.sadd(this.key, member);
  }
}
