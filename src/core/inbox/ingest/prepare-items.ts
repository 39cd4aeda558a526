// A fetched page before its transaction: each item checked (a bad one is skipped with its reason,
// never the page), the account's own items left out, and every text scored. Scoring is the CPU
// part of ingestion, so it runs here, outside the transaction, holding no lock, and in the
// scoring worker thread.
import type { InboxItem } from '../../../connectors/sdk/operations.ts';
import { scoreOffThread } from '../../../nlp/off-thread/score-off-thread.ts';
import { itemProblem, type ReadyItem } from './check-item.ts';

export type SkippedItem = { externalId: string | null; reason: string };

export type PreparedPage = { ready: ReadyItem[]; skipped: SkippedItem[] };

/** The item without NUL characters, which PostgreSQL text cannot hold: a page carrying one would fail on every retry. */
function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  return value;
}

export async function prepareItems(items: readonly unknown[], channel: { accountId: string | null }): Promise<PreparedPage> {
  const accepted: InboxItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const raw of items) {
    const problem = itemProblem(raw);
    const externalId = typeof (raw as { externalId?: unknown } | null)?.externalId === 'string' ? (raw as { externalId: string }).externalId : null;
    if (problem) {
      skipped.push({ externalId, reason: problem });
      continue;
    }
    const item = withoutNul(raw as InboxItem);
    // The brand's own posts (its replies sent from the network's app) are not inbound.
    if (channel.accountId !== null && item.author.externalId === channel.accountId) {
      skipped.push({ externalId, reason: "the channel's own account" });
      continue;
    }
    accepted.push(item);
  }
  const scores = await scoreOffThread(accepted.map((item) => item.text));
  const ready = accepted.map((item, i) => ({ item: { ...item, author: { ...item.author, handle: item.author.handle || item.author.externalId } }, occurredAt: new Date(item.createdAt), score: scores[i]! }));
  return { ready, skipped };
}
