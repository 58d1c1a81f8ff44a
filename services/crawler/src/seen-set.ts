import type { Redis } from 'ioredis';

/**
 * A Redis set of things already handled (canonical URLs, content hashes), shared by every crawler process.
 * Pages claim their content and canonical URL before queuing extraction (`claimEach`); the claim names
 * the page's job, so the same job retried after a crash goes on instead of losing the page.
 */
export class SeenSet {
  constructor(
    private readonly redis: Redis,
    readonly key: string,
  ) {}

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

/**
 * Claims one member of each of several sets for `owner`, atomically and all or nothing: a member is
 * free when no set holds it, or when `owner` itself claimed it (a job retried after a crash); any
 * member held by someone else makes the whole claim fail. Owners sit in a hash beside each set
 * (`<set>:owners`); members added without an owner (discovered URLs) belong to no job.
 */
const CLAIM_SCRIPT = `
local owner = ARGV[1]
for i = 1, #KEYS, 2 do
  local member = ARGV[(i + 1) / 2 + 1]
  if redis.call('SISMEMBER', KEYS[i], member) == 1 and redis.call('HGET', KEYS[i + 1], member) ~= owner then
    return (i + 1) / 2
  end
end
for i = 1, #KEYS, 2 do
  local member = ARGV[(i + 1) / 2 + 1]
  redis.call('SADD', KEYS[i], member)
  redis.call('HSET', KEYS[i + 1], member, owner)
end
return 0
`;

/**
 * Claims `claims` for `owner` (see CLAIM_SCRIPT). Returns null when all are claimed, else the claim
 * someone else holds. Checking and recording in one step is what stops two crawler slots that fetch
 * the same content at the same moment from both queuing it.
 */
export async function claimEach(
  redis: Redis,
  claims: readonly [SeenSet, string][],
  owner: string,
): Promise<[SeenSet, string] | null> {
  if (claims.length === 0) return null;
  const keys = claims.flatMap(([set]) => [set.key, `${set.key}:owners`]);
  const members = claims.map(([, member]) => member);
  const held = Number(await redis.eval(CLAIM_SCRIPT, keys.length, ...keys, owner, ...members));
  return held === 0 ? null : (claims[held - 1] ?? null);
}
