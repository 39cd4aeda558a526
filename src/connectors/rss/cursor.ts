// The inbox cursor: the validators for a conditional GET and the ids already handed out, as
// base64url JSON. Ids are bounded (the newest 500): feeds show their latest entries only.
import { z } from 'zod';

export const MAX_SEEN_IDS = 500;

const cursorSchema = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  seen: z.array(z.string()),
});

export type FeedCursor = z.infer<typeof cursorSchema>;

export const emptyCursor = (): FeedCursor => ({ seen: [] });

export function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify({ ...cursor, seen: cursor.seen.slice(-MAX_SEEN_IDS) })).toString('base64url');
}

export function decodeCursor(raw: string): FeedCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
