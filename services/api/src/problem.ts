import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

export interface FieldError {
  /** Where the bad value is: `query.limit`, `body.schedule.every_minutes`, `path.id`, `header.authorization`. */
  field: string;
  message: string;
}

/** An RFC 9457 problem, thrown by handlers and middleware and rendered by the app's error handler. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'Problem';
  }
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: { description: 'Bad input; `errors` names each bad field', content: problemContent },
  401: { description: 'Missing or unknown API key', content: problemContent },
  403: { description: "The key's role may not do this", content: problemContent },
  404: { description: 'No such resource', content: problemContent },
  413: { description: 'Request body too large', content: problemContent },
  429: { description: 'Rate limit reached; see Retry-After', content: problemContent },
} as const;

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function renderProblem(c: Context, problem: Problem): Response {
  const body = {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    instance: c.req.path,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', ...problem.headers },
  });
}

export const problem = (
  status: number,
  detail?: string,
  errors?: FieldError[],
  headers?: Record<string, string>,
) => new Problem(status, TITLES[status] ?? 'Error', detail, errors, headers);

export const notFound = (what: string) => problem(404, `${what} not found`);

/** Turns zod issues of one request part into field errors that name the field. */
function fieldErrors(target: string, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [target, ...issue.path.map(String)];
    if (keys.length) {
      return {
        field: [...path, keys[0]].join('.'),
        message: `unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`,
      };
    }
    return { field: path.join('.'), message: issue.message };
  });
}

/** A 400 problem naming each field of `target` (`body`, `body.slots`, `query`, ...) that `error` found bad. */
export function invalidInput(target: string, error: z.ZodError): Problem {
  const errors = fieldErrors(target, error);
  return problem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

/** The validation hook of every route: a failed parse becomes a 400 problem naming the fields. */
export function validationHook(result: { success: boolean; target: string; error?: z.ZodError }): void {
  if (!result.success && result.error) {
    const target = result.target === 'json' ? 'body' : result.target === 'param' ? 'path' : result.target;
    throw invalidInput(target, result.error);
  }
}

/** The app's error handler: problems as they are, framework errors by their status, anything else a 500. */
export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  if (error instanceof HTTPException) {
    // The framework's own 400s are about the body (malformed JSON, a bad content type).
    const errors =
      error.status === 400 ? [{ field: 'body', message: error.message || 'unreadable' }] : undefined;
    return problem(error.status, error.message || undefined, errors);
  }
  return problem(500, 'the server failed to handle this request; it has been logged');
}
