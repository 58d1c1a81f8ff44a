import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { ApiEnv } from '../auth.js';
import { authedRoute } from './route.js';

/** The cookie the queue dashboard is authenticated by (a plain link cannot carry a header). */
export const DASHBOARD_COOKIE = 'assay_key';
const COOKIE_PATH = '/admin/queues';
/** The dashboard cookie ends with the browser session, and at the latest after this long. */
const COOKIE_MAX_AGE_S = 8 * 3600;

const secureFor = (url: string, forwardedProto: string | undefined, publicUrl: string) =>
  new URL(url).protocol === 'https:' || forwardedProto === 'https' || publicUrl.startsWith('https:');

/**
 * The dashboard cookie is set and cleared by the server, so that it is HttpOnly (a script injected into
 * the UI cannot read the key from it), SameSite=Strict, Secure over https, and limited to the dashboard.
 */
export function registerSessionRoutes(app: OpenAPIHono<ApiEnv>, deps: { publicUrl: string }): void {
  app.openapi(
    authedRoute(['operator'], {
      method: 'post',
      path: '/v1/session/dashboard',
      tags: ['keys'],
      summary: 'Set the queue dashboard cookie for the calling key',
      description:
        'Sets an HttpOnly, SameSite=Strict cookie (Secure over https) with path /admin/queues, so that a link to the dashboard is authenticated. The dashboard is read-only.',
      responses: { 204: { description: 'The cookie is set' } },
    }),
    (c) => {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
      // The route is only reached with a verified key, which came in the header or (never here) a cookie.
      if (!token) return c.body(null, 204);
      setCookie(c, DASHBOARD_COOKIE, token, {
        path: COOKIE_PATH,
        httpOnly: true,
        sameSite: 'Strict',
        secure: secureFor(c.req.url, c.req.header('x-forwarded-proto'), deps.publicUrl),
        maxAge: COOKIE_MAX_AGE_S,
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    authedRoute(['operator', 'analyst', 'subscriber'], {
      method: 'delete',
      path: '/v1/session/dashboard',
      tags: ['keys'],
      summary: 'Clear the queue dashboard cookie (sign-out)',
      responses: { 204: { description: 'The cookie is cleared' } },
    }),
    (c) => {
      deleteCookie(c, DASHBOARD_COOKIE, {
        path: COOKIE_PATH,
        httpOnly: true,
        sameSite: 'Strict',
        secure: secureFor(c.req.url, c.req.header('x-forwarded-proto'), deps.publicUrl),
      });
      return c.body(null, 204);
    },
  );
}
