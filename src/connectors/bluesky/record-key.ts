// Exactly-once publishing: a post's record key (rkey) is derived from its idempotency key, and a
// repository cannot hold two records under one key, so a retry can never create a second post.
// app.bsky.feed.post keys must be TIDs (https://atproto.com/specs/record-key#record-key-type-tid,
// https://atproto.com/specs/tid): 64 bits, top bit 0, 53 bits of microseconds, 10 bits of clock id,
// base32-sortable. The timestamp bits here come from a hash of the key, kept below 2^44 µs (early
// 1970), so the key is plainly not a creation time; the post's time is its createdAt, which is
// what the network sorts by. The spec says rkey timestamps are not to be trusted anyway.
import { createHash } from 'node:crypto';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const TIMESTAMP_BITS = 44n;

export function recordKeyFor(idempotencyKey: string): string {
  const digest = createHash('sha256').update(`tandem:bluesky:${idempotencyKey}`).digest();
  const timestamp = digest.readBigUInt64BE(0) & ((1n << TIMESTAMP_BITS) - 1n);
  const clockId = BigInt(digest.readUInt16BE(8) & 0x3ff);
  let value = (timestamp << 10n) | clockId;
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}
