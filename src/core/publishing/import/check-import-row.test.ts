import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../shared/errors.ts';
import { checkImportRow, splitList, type ImportContext } from './check-import-row.ts';
import { MAX_IMPORT_ROWS, parseImportFile } from './parse-import-file.ts';
import { parseRowTime } from './parse-row-time.ts';

const limits = (maxLength: number, media = true) => ({
  text: { maxLength, countingRule: 'graphemes' },
  media: media ? { maxItems: 4, mimeTypes: ['image/jpeg'], maxBytesPerItem: 1_000_000 } : null,
  dailyPublishCap: null,
  rateLimits: [],
});
const ctx: ImportContext = {
  channels: [
    { id: '11111111-1111-4111-8111-111111111111', displayName: 'Main', network: 'mastodon', status: 'active', limits: limits(500), canPublish: true },
    { id: '22222222-2222-4222-8222-222222222222', displayName: 'Short', network: 'bluesky', status: 'active', limits: limits(10, false), canPublish: true },
    { id: '33333333-3333-4333-8333-333333333333', displayName: 'Old', network: 'mastodon', status: 'disconnected', limits: limits(500), canPublish: true },
    { id: '44444444-4444-4444-8444-444444444444', displayName: 'Blog feed', network: 'rss', status: 'active', limits: limits(500), canPublish: false },
  ],
  campaigns: [{ id: '55555555-5555-4555-8555-555555555555', name: 'Launch' }],
  timeZone: 'Europe/Paris',
  now: new Date('2026-12-01T12:00:00Z'),
};
const codes = (check: ReturnType<typeof checkImportRow>) => (check.ok ? [] : check.errors.map((e) => `${e.field}:${e.code}`));
const importError = (fn: () => unknown, pattern: RegExp) =>
  assert.throws(fn, (err: unknown) => err instanceof AppError && err.code === 'import_invalid' && pattern.test(err.message));

describe('CSV import: reading the file', () => {
  it('reads headers as people write them, quoted cells, a BOM, and numbers rows as a spreadsheet does', () => {
    const rows = parseImportFile('\uFEFFText,Channel,Scheduled at,Media URL,Labels\r\n"Hello, ""world""\nline two",Main,2026-12-03 09:30,,a|b\r\n\r\nSecond,Main;Short,,,\r\n');
    assert.deepEqual(rows, [
      { row: 2, text: 'Hello, "world"\nline two', channels: 'Main', time: '2026-12-03 09:30', labels: 'a|b' },
      { row: 4, text: 'Second', channels: 'Main;Short' },
    ]);
  });

  it('counts blank rows and skips them, and names a row with the wrong number of cells', () => {
    const rows = parseImportFile('text,channels\n,\nHello, world,Main\nOk,Main\n');
    assert.deepEqual(rows.map((r) => [r.row, r.malformed ? 'malformed' : r.text]), [[3, 'malformed'], [4, 'Ok']]);
    assert.deepEqual(checkImportRow(rows[0]!, ctx), { ok: false, errors: [{ row: 3, field: 'row', code: 'row_malformed', message: 'This row has 3 cells where the header has 2: a text with a comma must be in double quotes' }] });
  });

  it('reads a file saved with semicolons', () => {
    assert.deepEqual(parseImportFile('text;channels\nBonjour;Main\n'), [{ row: 2, text: 'Bonjour', channels: 'Main' }]);
  });

  it('refuses a file it cannot use, saying why', () => {
    importError(() => parseImportFile(''), /empty/);
    importError(() => parseImportFile('text,channels\n'), /no rows/);
    importError(() => parseImportFile('text\nhello\n'), /no channels column/);
    importError(() => parseImportFile('text,channels,colour\na,b,c\n'), /Unknown column "colour"/);
    importError(() => parseImportFile('text,channels\n"unclosed,Main\n'), /not valid CSV/);
    importError(() => parseImportFile(`text,channels\n${'a,Main\n'.repeat(MAX_IMPORT_ROWS + 1)}`), /at most 1000/);
    importError(() => parseImportFile(`text,channels\n${'x'.repeat(3 * 1024 * 1024)},Main\n`), /larger than 2 MB/);
    importError(() => parseImportFile('text,channels\n\u0000\u0001,Main'), /binary/);
  });
});

describe('CSV import: times', () => {
  it('reads instants with an offset and wall-clock times in the zone, across DST', () => {
    assert.deepEqual(parseRowTime('2026-12-03T09:30:00+01:00', 'UTC'), { ok: true, at: new Date('2026-12-03T08:30:00Z') });
    assert.deepEqual(parseRowTime('2026-12-03 09:30', 'Europe/Paris'), { ok: true, at: new Date('2026-12-03T08:30:00Z') });
    assert.deepEqual(parseRowTime('2026-07-03T09:30', 'Europe/Paris'), { ok: true, at: new Date('2026-07-03T07:30:00Z') });
    assert.deepEqual(parseRowTime('2026-11-01 01:30', 'America/New_York'), { ok: true, at: new Date('2026-11-01T05:30:00Z') }, 'the first of the two 01:30s');
    assert.deepEqual(parseRowTime('2026-03-29 03:00', 'Europe/Paris'), { ok: true, at: new Date('2026-03-29T01:00:00Z') });
  });

  it('refuses a time the zone skips, an impossible date, and what it cannot read', () => {
    const skipped = parseRowTime('2026-03-29 02:30', 'Europe/Paris');
    assert.ok(!skipped.ok && /does not exist in Europe\/Paris/.test(skipped.message));
    assert.equal(parseRowTime('2026-02-30 10:00', 'UTC').ok, false);
    assert.equal(parseRowTime('2026-02-30T10:00:00Z', 'UTC').ok, false);
    assert.equal(parseRowTime('next tuesday', 'UTC').ok, false);
    assert.equal(parseRowTime('03/12/2026 09:30', 'UTC').ok, false);
  });
});

describe('CSV import: checking a row', () => {
  it('turns a good row into the post it stands for', () => {
    const check = checkImportRow({ row: 2, text: 'Hi', channels: 'main | 22222222-2222-4222-8222-222222222222', time: '2026-12-03 09:30', labels: 'x; y | x', campaign: 'launch' }, ctx);
    assert.deepEqual(check, {
      ok: true,
      plan: { row: 2, text: 'Hi', channelIds: [ctx.channels[0]!.id, ctx.channels[1]!.id], scheduledAt: new Date('2026-12-03T08:30:00Z'), mediaUrl: null, labels: ['x', 'y'], campaignId: ctx.campaigns[0]!.id },
    });
  });

  it('reports every problem of a row with its field and a stable code', () => {
    const check = checkImportRow({ row: 7, text: 'Far too long for Short', channels: 'Main|Short|Nope|Old|Blog feed', time: '2026-11-30T10:00:00Z', media: 'ftp://example.com/a.jpg', campaign: 'Autumn', labels: 'x'.repeat(60) }, ctx);
    assert.deepEqual(codes(check), [
      'channels:channel_unknown',
      'channels:channel_disconnected',
      'channels:channel_cannot_publish',
      'media:media_url_invalid',
      'text:text_too_long',
      'media:media_not_supported',
      'time:time_in_past',
      'campaign:campaign_unknown',
      'labels:label_too_long',
    ]);
    assert.ok(!check.ok && check.errors.every((e) => e.row === 7 && e.message.length > 0));
    assert.match(!check.ok ? check.errors.find((e) => e.code === 'text_too_long')!.message : '', /^Short: /);
  });

  it('needs text or media, and at least one channel', () => {
    assert.deepEqual(codes(checkImportRow({ row: 2 }, ctx)), ['channels:channels_missing', 'text:text_missing']);
    assert.equal(checkImportRow({ row: 2, channels: 'Main', media: 'https://example.com/a.jpg' }, ctx).ok, true);
    assert.deepEqual(codes(checkImportRow({ row: 2, channels: 'Main', text: 'x', time: 'soon' }, ctx)), ['time:time_invalid']);
  });

  it('splits lists on | and ;, trimmed and without repeats', () => {
    assert.deepEqual(splitList(' a |b;; a ;c '), ['a', 'b', 'c']);
    assert.deepEqual(splitList(undefined), []);
  });
});
