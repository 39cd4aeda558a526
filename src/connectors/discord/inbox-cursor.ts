// The inbox cursor is one opaque string holding, per Discord channel or thread, the id of the
// last message read there (snowflakes grow with time, so `after=<id>` returns only newer ones).
import { compareSnowflakes, isSnowflake } from './ids.ts';

export type CursorState = Record<string, string>;

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: 1, after: state })).toString('base64url');
}

/** undefined when the string is not a cursor this connector wrote. */
export function decodeCursor(cursor: string | null): CursorState | undefined {
  if (cursor === null) return {};
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; after?: unknown };
    if (parsed.v !== 1 || typeof parsed.after !== 'object' || parsed.after === null) return undefined;
    const entries = Object.entries(parsed.after as Record<string, unknown>);
    if (!entries.every(([id, last]) => isSnowflake(id) && typeof last === 'string' && isSnowflake(last))) return undefined;
    return Object.fromEntries(entries) as CursorState;
  } catch {
    return undefined;
  }
}

/**
 * Entries of channels no longer read (archived threads, removed channels) are dropped once they
 * are older than the backfill horizon, so the cursor stays small: reading such a channel again
 * would start at the horizon anyway.
 */
export function pruneCursor(state: CursorState, current: ReadonlySet<string>, horizon: string): CursorState {
  return Object.fromEntries(Object.entries(state).filter(([id, last]) => current.has(id) || compareSnowflakes(last, horizon) > 0));
}
