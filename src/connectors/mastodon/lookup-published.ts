// Finds a status whose publishing outcome is unknown (a timeout after sending). Within an hour a
// retry with the same Idempotency-Key is safe by itself; beyond it the instance has forgotten the
// key, so this reads the account's own recent statuses (GET /api/v1/accounts/:id/statuses, newest
// first, paged with max_id) and takes the earliest one since `since` whose text is the one sent.
// Texts are compared as Mastodon counts them: the instance renders "@user@domain" as "@user" and
// shortens links for display, so both sides go through the same normalisation.
import { mastodonCountableText } from '../sdk/counting/mastodon.ts';
import type { LookupInput, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import { publishedOf } from './create-status.ts';
import type { Account, Status } from './entities.ts';
import { htmlToText } from './html-to-text.ts';

const PAGE_SIZE = 40; // the endpoint's maximum
const MAX_PAGES = 5;

const comparable = (text: string) => mastodonCountableText(text).replace(/\s+/g, ' ').trim();

export async function lookupPublished(ctx: Ctx, input: LookupInput): Promise<Result<Published | null>> {
  const me = await api(ctx, { path: '/api/v1/accounts/verify_credentials' });
  if (!me.ok) return me;
  const accountId = encodeURIComponent((me.value.body as Account).id);
  const wanted = comparable(input.text);
  let found: Status | undefined;
  let maxId: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = `limit=${PAGE_SIZE}&exclude_reblogs=true${maxId ? `&max_id=${encodeURIComponent(maxId)}` : ''}`;
    const answer = await api(ctx, { path: `/api/v1/accounts/${accountId}/statuses?${query}` });
    if (!answer.ok) return answer;
    const statuses = Array.isArray(answer.value.body) ? (answer.value.body as Status[]) : [];
    for (const status of statuses) {
      if (Date.parse(status.created_at) < input.since.getTime()) return ok(found ? publishedOf(ctx, found) : null);
      // Newest first: a later match replaces an earlier one, leaving the earliest.
      if (comparable(htmlToText(status.content)) === wanted) found = status;
    }
    if (statuses.length < PAGE_SIZE) break;
    maxId = statuses.at(-1)?.id;
  }
  return ok(found ? publishedOf(ctx, found) : null);
}
