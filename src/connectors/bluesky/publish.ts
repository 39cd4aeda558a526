// Publishing with exactly-once semantics: the record key comes from the idempotency key
// (record-key.ts). Before creating, the key is looked up; after a failure whose outcome is
// unknown (a timeout, or the 500 the reference PDS answers when the key is already taken), it is
// looked up again. A record under the key with other text means the key was reused for another
// post, which is refused rather than reported as published.
import { AtUri, XRPCError } from '@atproto/api';
import type { Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { Bluesky } from './call.ts';
import { postUrl } from './config.ts';
import { problemWith } from './limits.ts';
import { mapError } from './map-errors.ts';
import type { PostDraft } from './post-record.ts';
import { buildPostRecord, POST } from './post-record.ts';
import { recordKeyFor } from './record-key.ts';

export const published = (bsky: Bluesky, uri: string): Published => ({ externalId: uri, url: postUrl(bsky.ctx.config, new AtUri(uri)) });

/** The account's post under this record key, if there is one. */
export async function postUnderKey(bsky: Bluesky, rkey: string): Promise<{ uri: string; text: string } | undefined> {
  try {
    const { data } = await bsky.agent.com.atproto.repo.getRecord({ repo: bsky.did, collection: POST, rkey });
    return { uri: data.uri, text: String((data.value as { text?: unknown }).text ?? '') };
  } catch (err) {
    if (err instanceof XRPCError && err.error === 'RecordNotFound') return undefined;
    throw err;
  }
}

export async function publishPost(bsky: Bluesky, idempotencyKey: string, draft: PostDraft): Promise<Result<Published>> {
  const problem = problemWith(draft.text, draft.media);
  if (problem) return rejected(problem, 'does_not_fit');
  const rkey = recordKeyFor(idempotencyKey);
  const earlier = await postUnderKey(bsky, rkey);
  if (earlier) {
    return earlier.text === draft.text ? ok(published(bsky, earlier.uri)) : rejected('this idempotency key was already used for another post', 'idempotency_conflict');
  }
  const record = await buildPostRecord(bsky, draft);
  if (!record.ok) return record;
  try {
    const { data } = await bsky.agent.com.atproto.repo.createRecord({ repo: bsky.did, collection: POST, rkey, record: record.value, validate: true });
    return ok(published(bsky, data.uri));
  } catch (err) {
    if (mapError(err).error.kind !== 'transient') throw err;
    const after = await postUnderKey(bsky, rkey);
    if (after?.text === draft.text) return ok(published(bsky, after.uri));
    throw err;
  }
}
