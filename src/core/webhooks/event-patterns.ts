// Which events a webhook subscribes to: exact names (`member.invite`), a family (`member.*`), or
// everything (`*`). Event names are audit actions, so new ones need no change here.
import { z } from 'zod';

export const eventPatternSchema = z
  .string()
  .trim()
  .regex(/^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*(\.\*)?)$/, 'an event name such as member.invite, a family such as member.*, or *');

/** The subscription patterns an event matches: `*`, its name, and each family above it. */
export function patternsMatching(event: string): string[] {
  const parts = event.split('.');
  const families = parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join('.')}.*`);
  return ['*', event, ...families];
}
