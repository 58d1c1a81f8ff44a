/**
 * The path of the first string inside `value` holding a NUL character (`article.text`, `events.0.quote`),
 * or null. PostgreSQL's text cannot hold NUL ("invalid byte sequence for encoding UTF8: 0x00"), and a
 * payload with one fails the same way on every retry: the store refuses it up front, naming the field.
 */
export function nulField(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(payload)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulField(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulField(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
