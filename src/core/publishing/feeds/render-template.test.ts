import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../shared/errors.ts';
import { checkTemplate, entryFields, renderTemplate } from './render-template.ts';

const item = { externalId: 'e1', kind: 'message' as const, author: { externalId: 'a', handle: 'ann', displayName: 'Ann' }, text: 'Big news\n\nWe shipped it.\n\nMore soon.', createdAt: '2026-12-01T09:30:00.000Z', url: 'https://blog.example/1' };

describe('feed rule templates', () => {
  it("splits the RSS connector's text into title and summary, and fills the fields", () => {
    const fields = entryFields(item);
    assert.deepEqual(fields, { title: 'Big news', url: 'https://blog.example/1', summary: 'We shipped it.\n\nMore soon.', author: 'Ann', date: '2026-12-01' });
    assert.equal(renderTemplate('{title} {url} ({ author }, {date}) {{#blog}}', fields), 'Big news https://blog.example/1 (Ann, 2026-12-01) {#blog}');
    assert.equal(entryFields({ ...item, subject: 'Subject line', text: 'Body' }).title, 'Subject line');
  });

  it('leaves no double space or dangling space where a field is empty', () => {
    const fields = entryFields({ ...item, url: undefined });
    assert.equal(renderTemplate('{title}  {url}\nRead it', fields), 'Big news\nRead it');
  });

  it('refuses unknown fields, unmatched braces and empty templates when the rule is saved', () => {
    const refused = (template: string, pattern: RegExp) => assert.throws(() => checkTemplate(template), (e: unknown) => e instanceof AppError && e.code === 'validation_failed' && pattern.test(e.message));
    refused('{title} {link}', /Unknown field \{link\}/);
    refused('{title', /unmatched/);
    refused('title}', /unmatched/);
    refused('   ', /empty/);
    assert.doesNotThrow(() => checkTemplate('{{literal}} {title}'));
  });
});
