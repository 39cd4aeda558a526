// A connector whose inbox is a list the test writes to, paged by index: the smallest network
// that exercises ingestion (cursors, pages, errors) without a socket. Tests that need a real
// protocol use the fake Mastodon instead.
import { z } from 'zod';
import type { Connector } from '../../../../connectors/sdk/manifest.ts';
import type { InboxItem } from '../../../../connectors/sdk/operations.ts';
import type { Err } from '../../../../connectors/sdk/result.ts';
import { ok } from '../../../../connectors/sdk/result.ts';

export type ScriptedInbox = {
  connector: Connector;
  items: unknown[];
  /** The next fetch answers this instead. */
  failNext(error: Err): void;
  fetches: Array<{ cursor: string | null; limit: number }>;
};

export function scriptedInbox(id = 'scripted'): ScriptedInbox {
  const inbox: ScriptedInbox = {
    items: [],
    fetches: [],
    failNext: (error) => void (pending = error),
    connector: {
      manifest: {
        id,
        displayName: 'Scripted',
        capabilities: ['inbox'],
        auth: 'none',
        configSchema: z.object({}),
        postSettingsSchema: z.object({}),
        defaultLimits: { text: { maxLength: 500, countingRule: 'code-points' }, media: null, dailyPublishCap: null, rateLimits: [] },
      },
      async fetchInbox(_ctx, { cursor, limit }) {
        inbox.fetches.push({ cursor, limit });
        if (pending) {
          const error = pending;
          pending = undefined;
          return error;
        }
        const from = cursor ? Number(cursor) : 0;
        const page = inbox.items.slice(from, from + limit) as InboxItem[];
        return ok({ items: page, nextCursor: String(from + page.length), hasMore: from + page.length < inbox.items.length });
      },
    },
  };
  let pending: Err | undefined;
  return inbox;
}

let seq = 0;
/** An item from `author` (an external id), with defaults for the rest. */
export function inboxItem(author: string, fields: Partial<InboxItem> = {}): InboxItem {
  seq += 1;
  return {
    externalId: `m${seq}`,
    kind: 'mention',
    author: { externalId: author, handle: `${author}@example.social`, displayName: author.toUpperCase() },
    text: `hello ${seq}`,
    createdAt: new Date(Date.UTC(2026, 10, 1, 12, 0, seq)).toISOString(),
    ...fields,
  };
}
