// POST /hooks/{channelId}: a system outside Tandem pushes one event for a `webhook` channel. The
// signature proves the sender knows the channel's secret; the event is stored once per
// (channel, event id) in inbound_events, where the channel's inbox reads it, and recorded as an
// activity of the person behind author.id, in one transaction.
import { open, type Keyring } from '../../crypto/secrets.ts';
import { findActiveChannelForPush, findInboundEventId, insertInboundEventOnce } from '../../db/queries/inbound-events-write.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ingestChannelJob } from '../../jobs/ingest-channel.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { activityTypeOf, inboundEventSchema } from '../../connectors/webhook/event-schema.ts';
import { recordActivities } from '../activities/record-activities.ts';
import { systemActor, type Ctx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { findOrCreatePersonFor } from './person-for-author.ts';
import { checkSignature } from './signature.ts';

export const webhookNetwork = 'webhook';

export type InboundRequest = { channelId: string; timestamp: string | undefined; signature: string | undefined; rawBody: string };

export type InboundOutcome =
  | { ok: true; id: string; duplicate: boolean }
  | { ok: false; code: 'channel_not_found' | 'signature_missing' | 'signature_expired' | 'signature_invalid' }
  | { ok: false; code: 'event_invalid'; errors: { path: string; message: string }[] };

/** The signing secret of a webhook channel's sealed credentials ({ secret } or { kind, secret }). */
export function webhookSecretOf(keyring: Keyring, sealed: string | null): string | undefined {
  if (!sealed) return undefined;
  const credentials = JSON.parse(open(keyring, sealed)) as { secret?: unknown };
  return typeof credentials.secret === 'string' && credentials.secret !== '' ? credentials.secret : undefined;
}

/** `jobs`: the process's queue, when it runs one; the new event's inbox is then read at once. */
export type ReceiveCtx = Ctx & { keyring: Keyring; jobs?: Pick<JobQueue, 'send'>; logger?: { warn(obj: object, msg: string): void } };

export async function receiveInboundEvent(ctx: ReceiveCtx, req: InboundRequest): Promise<InboundOutcome> {
  const channel = await findActiveChannelForPush(ctx.db, req.channelId, webhookNetwork);
  const secret = channel && webhookSecretOf(ctx.keyring, channel.credentials);
  if (!channel || !secret) return { ok: false, code: 'channel_not_found' };

  const check = checkSignature({ secret, timestamp: req.timestamp, signature: req.signature, body: req.rawBody, now: ctx.clock.now() });
  if (check !== 'ok') return { ok: false, code: `signature_${check}` as const };

  let json: unknown;
  try {
    json = JSON.parse(req.rawBody);
  } catch {
    return { ok: false, code: 'event_invalid', errors: [{ path: 'body', message: 'not valid JSON' }] };
  }
  const parsed = inboundEventSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, code: 'event_invalid', errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || 'body', message: i.message })) };
  }
  const event = parsed.data;

  const outcome = await inTransaction(ctx.db, async (db): Promise<InboundOutcome> => {
    const wctx = { ...ctx, db, workspaceId: channel.workspaceId, role: 'owner' as const, actor: systemActor(`webhook channel ${channel.id}`) };
    const id = await insertInboundEventOnce(db, {
      id: newId(),
      workspaceId: channel.workspaceId,
      channelId: channel.id,
      externalId: event.id,
      kind: event.type,
      payload: event,
      receivedAt: ctx.clock.now(),
    });
    // Stored already: the sender retried. Same answer, nothing written twice.
    if (!id) return { ok: true, id: (await findInboundEventId(db, channel.id, event.id))!, duplicate: true };

    const personId = await findOrCreatePersonFor(wctx, { network: webhookNetwork, externalId: event.author.id, handle: event.author.handle, displayName: event.author.displayName });
    await recordActivities(wctx, [
      {
        channelId: channel.id,
        personId,
        type: activityTypeOf[event.type],
        externalId: event.id,
        occurredAt: new Date(event.occurredAt),
        data: { text: event.text, ...(event.url && { url: event.url }), ...(event.inReplyTo && { inReplyTo: event.inReplyTo }), ...(event.data && { data: event.data }) },
      },
    ]);
    return { ok: true, id, duplicate: false };
  });
  // After the commit, so the ingest job can see the event. Losing this send loses nothing: the
  // minute's poll reads the channel too.
  if (outcome.ok && !outcome.duplicate && ctx.jobs) {
    await ctx.jobs.send(ingestChannelJob, { channelId: channel.id }).catch((err: unknown) => ctx.logger?.warn({ channelId: channel.id, err: String(err) }, 'could not queue the inbox ingest'));
  }
  return outcome;
}
