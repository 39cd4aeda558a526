import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountLimits } from '../../connectors/sdk/limits.ts';
import { accountLimitsSchema } from '../../connectors/sdk/limits.ts';
import { validateVariant } from './validate-variant.ts';
import type { ValidateVariantInput, VariantMedia } from './validate-variant.ts';

// Limits shaped as connectors store them in channels.limits (parsed, so they are valid ones).
const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
const media = (maxItems: number, maxBytesPerItem: number, mimeTypes = imageTypes) => ({ maxItems, mimeTypes, maxBytesPerItem });
const limitsFor = (
  countingRule: AccountLimits['text']['countingRule'],
  maxLength: number,
  extra: Partial<AccountLimits> = {},
): AccountLimits =>
  accountLimitsSchema.parse({
    text: { maxLength, countingRule },
    media: media(4, 1_000_000),
    dailyPublishCap: null,
    rateLimits: [],
    ...extra,
  });
const X = limitsFor('x-weighted', 280, { media: media(4, 5_000_000, [...imageTypes, 'video/mp4']) });
const BLUESKY = limitsFor('bluesky', 300, { media: media(4, 1_000_000, [...imageTypes, 'video/mp4']) });
const MASTODON = limitsFor('mastodon', 500);

const validate = (over: Partial<ValidateVariantInput> & { limits: AccountLimits }) =>
  validateVariant({ text: 'Hello', media: [], requireAltText: false, postsThatDay: 0, ...over });
const codes = (report: ReturnType<typeof validateVariant>) => report.problems.map((p) => p.code);
const jpeg = (extra: Partial<VariantMedia> = {}): VariantMedia => ({ mimeType: 'image/jpeg', bytes: 200_000, altText: 'A cat', ...extra });
const longUrl = `https://example.com/${'path/'.repeat(40)}`;

describe('validateVariant: text on X (weighted)', () => {
  it('counts any link as 23, so a long link still fits 280', () => {
    const r = validate({ limits: X, text: `${'a'.repeat(256)} ${longUrl}` });
    assert.deepEqual(r.text, { used: 280, limit: 280, remaining: 0, rule: 'x-weighted' });
    assert.equal(r.ok, true);
  });

  it('counts emoji and CJK as 2 and says how far over the text is', () => {
    assert.equal(validate({ limits: X, text: '😀'.repeat(140) }).ok, true);
    const r = validate({ limits: X, text: '日'.repeat(141) });
    assert.deepEqual(r.text, { used: 282, limit: 280, remaining: -2, rule: 'x-weighted' });
    assert.deepEqual(codes(r), ['text_too_long']);
    assert.equal(r.problems[0]?.field, 'text');
    assert.match(r.problems[0]?.message ?? '', /2 characters over this channel's limit of 280 .*emoji/);
  });

  it('uses the stored limit, so a Premium account gets 25,000', () => {
    const premium = limitsFor('x-weighted', 25_000);
    assert.equal(validate({ limits: premium, text: 'a'.repeat(25_000) }).ok, true);
    assert.match(validate({ limits: premium, text: 'a'.repeat(25_001) }).problems[0]?.message ?? '', /limit of 25,000/);
  });
});

describe('validateVariant: text on Bluesky (graphemes and bytes)', () => {
  it('counts what the eye sees: 300 accents made of two code points each fit', () => {
    const r = validate({ limits: BLUESKY, text: 'e\u0301'.repeat(300) });
    assert.equal(r.text.used, 300);
    assert.equal(r.ok, true);
  });

  it('refuses the 301st grapheme', () => {
    const r = validate({ limits: BLUESKY, text: '👩‍👩‍👧‍👦'.repeat(1) + 'a'.repeat(300) });
    assert.equal(r.text.remaining, -1);
    assert.deepEqual(codes(r), ['text_too_long']);
    assert.match(r.problems[0]?.message ?? '', /1 character over/);
  });

  it('refuses text that fits 300 graphemes but not 3,000 bytes, with its own code', () => {
    const r = validate({ limits: BLUESKY, text: '👩‍👩‍👧‍👦'.repeat(121) });
    assert.deepEqual(r.text, { used: 121, limit: 300, remaining: 179, rule: 'bluesky' });
    assert.deepEqual(codes(r), ['text_too_many_bytes']);
    assert.equal(r.ok, false);
  });
});

describe('validateVariant: text on Mastodon (links and remote mentions)', () => {
  it('counts a link as 23 and a remote mention as its username only', () => {
    const text = `${'a'.repeat(469)} ${longUrl} @alice@mastodon.example.social`;
    const r = validate({ limits: MASTODON, text });
    assert.equal(r.text.used, 469 + 1 + 23 + 1 + 6);
    assert.equal(r.ok, true);
    assert.ok(text.length > 600);
  });

  it('uses the instance limit and hints how mentions count', () => {
    const big = limitsFor('mastodon', 5_000);
    assert.equal(validate({ limits: big, text: 'a'.repeat(5_000) }).ok, true);
    const r = validate({ limits: MASTODON, text: 'a'.repeat(501) });
    assert.deepEqual(codes(r), ['text_too_long']);
    assert.match(r.problems[0]?.message ?? '', /@name@server/);
  });
});

describe('validateVariant: media', () => {
  it('reports count and max, and refuses a fifth image', () => {
    const r = validate({ limits: BLUESKY, media: [1, 2, 3, 4, 5].map(() => jpeg()) });
    assert.equal(r.media.count, 5);
    assert.equal(r.media.max, 4);
    assert.deepEqual(codes(r), ['too_many_media']);
    assert.deepEqual(r.media.problems, r.problems);
    assert.match(r.problems[0]?.message ?? '', /at most 4 files per post; this one has 5/);
  });

  it('names the file and the accepted types when a type is not allowed (MIME case ignored)', () => {
    const r = validate({ limits: MASTODON, media: [jpeg({ mimeType: 'IMAGE/JPEG' }), jpeg({ mimeType: 'image/heic' })] });
    assert.deepEqual(codes(r), ['media_type_not_allowed']);
    assert.equal(r.problems[0]?.field, 'media[1]');
    assert.equal(r.problems[0]?.message, 'Image 2 is a HEIC file; this channel accepts JPEG, PNG, WebP or GIF.');
  });

  it('refuses a file over the per-file size, in the units the network states', () => {
    const r = validate({ limits: BLUESKY, media: [jpeg({ bytes: 1_000_000 }), jpeg({ bytes: 1_234_567 })] });
    assert.deepEqual(codes(r), ['media_too_large']);
    assert.equal(r.problems[0]?.field, 'media[1]');
    assert.equal(r.problems[0]?.message, 'Image 2 is 1.2 MB; this channel accepts up to 1 MB per file.');
  });

  it('refuses any media on a channel without media', () => {
    const r = validate({ limits: limitsFor('code-points', 2_000, { media: null }), media: [jpeg()] });
    assert.deepEqual(codes(r), ['media_not_supported']);
    assert.equal(r.media.max, 0);
    assert.equal(validate({ limits: limitsFor('code-points', 2_000, { media: null }) }).ok, true);
  });

  it('keeps a video or GIF alone where the network says so, and only there', () => {
    const video: VariantMedia = { mimeType: 'video/mp4', bytes: 3_000_000 };
    const mixed = [jpeg(), video];
    assert.deepEqual(codes(validate({ limits: X, media: mixed, mediaMixing: 'images-or-one-video' })), ['mixed_media_not_allowed']);
    assert.deepEqual(codes(validate({ limits: X, media: [jpeg(), jpeg({ mimeType: 'image/gif' })], mediaMixing: 'images-or-one-video' })), [
      'mixed_media_not_allowed',
    ]);
    assert.equal(validate({ limits: X, media: [video], mediaMixing: 'images-or-one-video' }).ok, true);
    assert.equal(validate({ limits: X, media: [jpeg(), jpeg()], mediaMixing: 'images-or-one-video' }).ok, true);
    assert.equal(validate({ limits: X, media: mixed }).ok, true);
  });

  it('allows a post of media without text, but not an empty post', () => {
    assert.equal(validate({ limits: BLUESKY, text: '', media: [jpeg()] }).ok, true);
    const r = validate({ limits: BLUESKY, text: '  \n ' });
    assert.deepEqual(codes(r), ['post_empty']);
  });
});

describe('validateVariant: alt text', () => {
  const items = [jpeg(), jpeg({ altText: undefined }), jpeg({ altText: '   ' }), { mimeType: 'video/mp4', bytes: 10 }];

  it('requires a description on every image when the workspace says so', () => {
    const r = validate({ limits: X, media: items, requireAltText: true });
    assert.deepEqual(codes(r), ['alt_text_missing', 'alt_text_missing']);
    assert.deepEqual(r.problems.map((p) => p.field), ['media[1].altText', 'media[2].altText']);
    assert.match(r.problems[0]?.message ?? '', /^Image 2 needs a description \(alt text\)/);
  });

  it('does not require it otherwise', () => {
    assert.equal(validate({ limits: X, media: items, requireAltText: false }).ok, true);
  });
});

describe('validateVariant: daily cap', () => {
  const capped = limitsFor('graphemes', 500, { dailyPublishCap: 3 });

  it('is null when the network sets no cap', () => {
    assert.equal(validate({ limits: MASTODON, postsThatDay: 1_000 }).dailyCap, null);
  });

  it('counts what is left, and refuses once the day is full', () => {
    assert.deepEqual(validate({ limits: capped, postsThatDay: 2 }).dailyCap, { used: 2, cap: 3, left: 1 });
    assert.equal(validate({ limits: capped, postsThatDay: 2 }).ok, true);
    const full = validate({ limits: capped, postsThatDay: 3 });
    assert.deepEqual(full.dailyCap, { used: 3, cap: 3, left: 0 });
    assert.deepEqual(full.problems, [
      {
        code: 'daily_cap_reached',
        field: 'dailyCap',
        message: 'This channel already has 3 posts that day and the network allows 3 a day. Pick another day or leave this channel out.',
      },
    ]);
    assert.equal(validate({ limits: capped, postsThatDay: 7 }).dailyCap?.left, 0);
  });
});

describe('validateVariant: several problems at once', () => {
  it('lists them in the order of the form and keeps media ones under media', () => {
    const r = validate({
      limits: limitsFor('graphemes', 10, { dailyPublishCap: 1, media: media(1, 100) }),
      text: 'a'.repeat(11),
      media: [jpeg({ bytes: 101, altText: '' }), jpeg({ mimeType: 'image/tiff', bytes: 50 })],
      requireAltText: true,
      postsThatDay: 1,
    });
    assert.deepEqual(codes(r), [
      'text_too_long',
      'too_many_media',
      'media_too_large',
      'alt_text_missing',
      'media_type_not_allowed',
      'daily_cap_reached',
    ]);
    assert.deepEqual(r.media.problems.map((p) => p.code), codes(r).slice(1, 5));
    assert.equal(r.ok, false);
    for (const p of r.problems) assert.doesNotMatch(p.message, /undefined|NaN|\[object/);
  });
});
