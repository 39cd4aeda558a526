// A feed rule's template ("{title} {url}") filled with one entry's fields. Only the names below
// exist: a template naming another is refused when the rule is saved, not discovered when an entry
// arrives. "{{" and "}}" write literal braces.
import type { InboxItem } from '../../../connectors/sdk/operations.ts';
import { AppError } from '../../shared/errors.ts';

export const templateFields = ['title', 'url', 'summary', 'author', 'date'] as const;
export type TemplateField = (typeof templateFields)[number];
export type EntryFields = Record<TemplateField, string>;

export const MAX_TEMPLATE_LENGTH = 2_000;
const placeholder = /\{\{|\}\}|\{([^{}]*)\}/g;

/**
 * An entry's fields. The RSS connector gives the title and the summary as one text, title first
 * and separated by a blank line; `subject`, where a connector sets it, is the title.
 */
export function entryFields(item: InboxItem): EntryFields {
  const [head = '', ...rest] = item.text.split('\n\n');
  const title = item.subject ?? head;
  const summary = item.subject ? item.text : rest.join('\n\n');
  return { title: title.trim(), url: item.url ?? '', summary: summary.trim(), author: item.author.displayName ?? item.author.handle, date: item.createdAt.slice(0, 10) };
}

export function checkTemplate(template: string): void {
  if (template.trim() === '') throw new AppError('validation_failed', 'The template is empty: write what the post should say, e.g. "{title} {url}"');
  if (template.length > MAX_TEMPLATE_LENGTH) throw new AppError('validation_failed', `The template is longer than ${MAX_TEMPLATE_LENGTH} characters`);
  const unknown = [...template.matchAll(placeholder)].map((m) => m[1]).filter((name): name is string => name !== undefined && !(templateFields as readonly string[]).includes(name.trim()));
  if (unknown.length > 0) throw new AppError('validation_failed', `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `{${n}}`).join(', ')} in the template; the fields are ${templateFields.map((f) => `{${f}}`).join(', ')}`, { fields: unknown });
  const stray = template.replace(placeholder, '');
  if (/[{}]/.test(stray)) throw new AppError('validation_failed', 'The template has an unmatched { or }: write {{ or }} for a literal brace');
}

export function renderTemplate(template: string, fields: EntryFields): string {
  return template
    .replace(placeholder, (match, name: string | undefined) => (match === '{{' ? '{' : match === '}}' ? '}' : fields[name!.trim() as TemplateField] ?? ''))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
