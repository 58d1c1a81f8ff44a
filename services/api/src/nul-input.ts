import type { MiddlewareHandler } from 'hono';
import { type FieldError, problem } from './problem.js';

/**
 * PostgreSQL refuses NUL in text ("invalid byte sequence for encoding UTF8: 0x00"), and no field of this
 * API has a use for it: a NUL anywhere in the path, the query or a JSON body is a 400 naming where it is,
 * before any handler runs, instead of a 500 from the database (issue 13).
 */
export function refuseNul(): MiddlewareHandler {
  return async (c, next) => {
    const errors: FieldError[] = [];
    const url = new URL(c.req.url);
    if (safeDecode(url.pathname).includes('\0')) errors.push(nulError('path'));
    for (const [name, value] of url.searchParams) {
      if (name.includes('\0') || value.includes('\0'))
        errors.push(nulError(`query.${name.replace(/\0/g, '')}`));
    }
    if (hasJsonBody(c.req.method, c.req.header('content-type'))) {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        // Malformed JSON is the validator's to report, with its own message.
        body = undefined;
      }
      findNul(body, 'body', errors);
    }
    if (errors.length) throw problem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    return next();
  };
}

const nulError = (field: string): FieldError => ({ field, message: 'must not contain NUL (\\u0000)' });

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function hasJsonBody(method: string, type: string | undefined): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  return type !== undefined && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type);
}

/** Walks a parsed JSON body without recursion (its depth is the client's choice). */
function findNul(root: unknown, rootField: string, errors: FieldError[]): void {
  const stack: [unknown, string][] = [[root, rootField]];
  while (stack.length > 0 && errors.length < 20) {
    const [value, field] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.includes('\0')) errors.push(nulError(field));
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push([item, `${field}.${index}`]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const name = key.replace(/\0/g, '');
        if (key.includes('\0')) errors.push(nulError(`${field}.${name}`));
        stack.push([item, `${field}.${name}`]);
      }
    }
  }
}
