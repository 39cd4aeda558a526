// The thread as the network shows it: each message under the one it answers (by the network's
// ids), in time order at each level. A message whose parent is not in this conversation (or a
// note, which answers nothing) starts its own branch at the top.
import type { InboxMessage } from '../../api/inbox-types.ts';

export type ThreadNode = { message: InboxMessage; children: ThreadNode[] };

export function buildThread(messages: InboxMessage[]): ThreadNode[] {
  // In time order, a message may only hang under one already placed: no cycle can form, and
  // nothing is lost when ids point at each other.
  const ordered = messages.map((m, i) => ({ m, i })).sort((a, b) => a.m.occurredAt.localeCompare(b.m.occurredAt) || a.i - b.i);
  const byId = new Map<string, ThreadNode>();
  const byExternal = new Map<string, ThreadNode>();
  const roots: ThreadNode[] = [];
  for (const { m } of ordered) {
    const node: ThreadNode = { message: m, children: [] };
    // The server resolves the parent among the loaded messages; the network id is the fallback.
    const parent = (m.parentId ? byId.get(m.parentId) : undefined) ?? (m.inReplyTo ? byExternal.get(m.inReplyTo) : undefined);
    if (parent) parent.children.push(node);
    else roots.push(node);
    byId.set(m.id, node);
    if (m.externalId) byExternal.set(m.externalId, node);
  }
  return roots;
}

/** The message a reply answers by default: the latest inbound one. */
export function latestInbound(messages: InboxMessage[]): InboxMessage | undefined {
  let latest: InboxMessage | undefined;
  for (const m of messages) if (m.kind === 'in' && (!latest || m.occurredAt > latest.occurredAt)) latest = m;
  return latest;
}
