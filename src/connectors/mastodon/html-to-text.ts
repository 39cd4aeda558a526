// Mastodon sends a status's text as sanitised HTML (p, br, a, span; entities/Status#content).
// This turns it into plain text for the inbox: paragraphs and line breaks become newlines, tags
// go, entities are decoded once (so "&amp;lt;" stays "&lt;", never becomes a tag), and the
// "invisible" parts of shortened links are kept, so a link reads as its full URL. The result is
// plain text to be escaped by whoever displays it, never HTML.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    // Code points outside Unicode, surrogates and NUL are not text.
    const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  }
  return NAMED[body] ?? entity;
}

export function htmlToText(html: string): string {
  return (
    html
      // Mastodon hides the "RE: <link>" paragraph it adds to quote posts; so do we.
      .replace(/<p class="quote-inline">[\s\S]*?<\/p>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (entity, body: string) => decodeEntity(entity, body))
      .trim()
  );
}
