// The account's notifications as they happen (methods/streaming): GET
// /api/v1/streaming/user/notification on the instance, server-sent events, one "notification"
// event per new notification (the Notification entity as JSON). A mention calls onActivity; the
// inbox is then read through fetchInbox and its cursor as always, so the stream never writes
// anything itself. Instances that serve streaming from another host (configuration.urls.streaming
// as wss://) usually still proxy this path on the main domain, which is the one called here.
import { errorFromHttpStatus } from '../sdk/http-errors.ts';
import type { WatchInboxInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { authExpired, ok, transient } from '../sdk/result.ts';
import { serverSentEvents } from '../sdk/server-sent-events.ts';
import { instanceUrl, reasonOf, type Ctx } from './api.ts';

const STREAM_PATH = '/api/v1/streaming/user/notification';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isMention = (data: string) => (parseJson(data) as { type?: unknown } | null | undefined)?.type === 'mention';

export async function watchInbox(ctx: Ctx, input: WatchInboxInput): Promise<Result<void>> {
  if (ctx.credentials.kind !== 'oauth2-pkce') return authExpired('this channel has no Mastodon access token');
  const answer = await ctx.stream(instanceUrl(ctx, STREAM_PATH), {
    headers: { accept: 'text/event-stream', authorization: `Bearer ${ctx.credentials.accessToken}` },
    signal: input.signal,
  });
  if (!answer.ok) return input.signal.aborted ? ok(undefined) : answer;
  const { status, headers, body, errorText } = answer.value;
  const error = errorFromHttpStatus(status, headers, reasonOf(parseJson(errorText)), ctx.now().getTime());
  if (error) return { ok: false, error };
  input.onOpen?.();
  for await (const event of serverSentEvents(body)) {
    if (event.event === 'notification' && isMention(event.data)) input.onActivity();
  }
  return input.signal.aborted ? ok(undefined) : transient('the instance closed the stream', 'stream_closed');
}
