// GET /l/{code}: the public end of Tandem's short links. No session and no workspace in the
// answer: a 302 to the stored URL, or 404 for a code that is not in the table (never a redirect
// to anything a visitor could choose). Addresses that keep missing are slowed down, so codes
// cannot be enumerated.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { followShortLink } from '../../core/links/follow-short-link.ts';
import { clientAddress } from '../client-address.ts';
import type { AppEnv } from '../env.ts';
import { createFailureThrottle } from '../failure-throttle.ts';
import { problems } from '../openapi.ts';
import { onValidationError, problem } from '../problem.ts';

/** 60 unknown codes a minute per address: plenty for typos, far too slow to walk the code space. */
export const shortLinkMisses = createFailureThrottle({ failures: 60, windowSeconds: 60 });

export const shortLinkRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError });

shortLinkRoutes.get('/l/:code', async (c) => {
  const address = clientAddress(c);
  const wait = shortLinkMisses.blockedFor(address);
  if (wait > 0) {
    c.header('retry-after', String(wait));
    return problem(c, 429, 'rate_limited', 'Too many unknown links from this address; try again later');
  }
  const target = await followShortLink(c.get('baseCtx'), { code: c.req.param('code'), method: c.req.method, userAgent: c.req.header('user-agent'), referrer: c.req.header('referer') });
  if (!target) {
    shortLinkMisses.recordFailure(address);
    return problem(c, 404, 'not_found', 'No such link');
  }
  // Every visit must reach us to be counted, so no cache may keep the redirect.
  c.header('cache-control', 'no-store');
  // The short address is ours, not content: search engines should index the page it leads to.
  c.header('x-robots-tag', 'noindex');
  return c.redirect(target, 302);
});

shortLinkRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/l/{code}',
  tags: ['Links'],
  summary: 'Follow a short link: 302 to its URL, counting the click (bots apart)',
  request: { params: z.object({ code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: 'Xk3_a9Qz' }) }) },
  responses: { 302: { description: 'Redirect to the URL the link was made for' }, 404: problems[404], 429: problems[429] },
});
