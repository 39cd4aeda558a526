// What the people commands share: one line per person for the terminal, and the positional ids.
import { z } from 'zod';
import { AppError } from '../../core/shared/errors.ts';

type Listed = { id: string; displayName: string; email: string | null; tags: string[]; identities: { network: string; handle: string | null }[] };

/** id, name, e-mail (or "-"), network:handle list, tags. */
export function describePerson(p: Listed): string {
  const ids = p.identities.map((i) => `${i.network}:${i.handle ?? '?'}`).join(',') || '-';
  return [p.id, p.displayName, p.email ?? '-', ids, p.tags.join(',') || '-'].join('\t');
}

/** The positional ids a command takes, each a UUID, with a usage line when some are missing. */
export function positionalIds(positionals: string[], names: string[], usage: string): string[] {
  if (positionals.length !== names.length) throw new AppError('validation_failed', `Usage: ${usage}`);
  return positionals.map((value, i) => {
    if (!z.guid().safeParse(value).success) throw new AppError('validation_failed', `${names[i]} must be an id`);
    return value;
  });
}
