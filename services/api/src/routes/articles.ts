import type { Database } from '@assay/db';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../auth.js';
import { notFound } from '../problem.js';
import { idParamSchema } from '../schemas.js';
import { authedRoute, READERS } from './route.js';

const articleSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    canonical_url: z.string().nullable(),
    claimed_canonical_url: z
      .string()
      .nullable()
      .openapi({ description: 'A canonical URL the page named on another host: recorded, not trusted' }),
    final_url: z.string().nullable(),
    title: z.string(),
    byline: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    site_name: z.string().nullable(),
    text: z.string(),
    source_id: z.string().nullable(),
    fetched_at: z.string(),
    citations: z.array(
      z.object({
        event_id: z.string(),
        event_type: z.string(),
        quote: z.string(),
        start: z.number().int().openapi({ description: 'text.slice(start, end) === quote' }),
        end: z.number().int(),
      }),
    ),
  })
  .openapi('Article');

export function registerArticleRoutes(app: OpenAPIHono<ApiEnv>, database: Database): void {
  app.openapi(
    authedRoute(READERS, {
      method: 'get',
      path: '/v1/articles/{id}',
      tags: ['events'],
      summary: 'An article: its text and the offsets of every cited sentence, for highlighting',
      description: 'Subscribers may read only articles that an event cites (404 for any other page).',
      request: { params: idParamSchema },
      responses: {
        200: { description: 'The article', content: { 'application/json': { schema: articleSchema } } },
      },
    }),
    async (c) => {
      const article = await database.getArticle(c.req.valid('param').id);
      // Subscribers read articles as the evidence of events: a page that cites nothing (whatever else the
      // crawler fetched, under an id any caller can compute from its URL) is for analysts only.
      if (!article || (c.get('apiKey').role === 'subscriber' && article.citations.length === 0)) {
        throw notFound('article');
      }
      return c.json(article, 200);
    },
  );
}
