// Finds links and mentions in a Bluesky post and gives their positions as UTF-8 byte offsets
// (app.bsky.richtext.facet#byteSlice: byteStart inclusive, byteEnd exclusive, counted on the
// UTF-8 encoding, not on JavaScript's UTF-16 indices). Mentions carry the handle; the connector
// resolves it to a DID (com.atproto.identity.resolveHandle) and drops mentions that don't resolve,
// as the lexicon's mention feature requires a DID.
import { utf8Length } from './segment.ts';

export type DetectedFacet =
  | { index: { byteStart: number; byteEnd: number }; feature: { type: 'link'; uri: string } }
  | { index: { byteStart: number; byteEnd: number }; feature: { type: 'mention'; handle: string } };

// Same shape as the reference client's detection: a mention starts the text or follows a space
// or "(", and a handle is a domain name (at least one dot, a letter-led last label).
const MENTION = /(^|\s|\()@([a-zA-Z0-9.-]+)/g;
const HANDLE = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const LINK = /(^|\s|\()(https?:\/\/[^\s]+)/gi;
// Punctuation that ends a sentence rather than a URL.
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/;

function byteSlice(text: string, start: number, end: number) {
  const byteStart = utf8Length(text.slice(0, start));
  return { byteStart, byteEnd: byteStart + utf8Length(text.slice(start, end)) };
}

function trimLink(url: string): string {
  let out = url.replace(TRAILING_PUNCTUATION, '');
  // A closing parenthesis belongs to the URL only when the URL opened one: "(see https://x.y/a)".
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return out;
}

export function facets(text: string): DetectedFacet[] {
  const found: DetectedFacet[] = [];
  for (const m of text.matchAll(MENTION)) {
    const handle = (m[2] ?? '').replace(/\.+$/, '');
    if (!HANDLE.test(handle)) continue;
    const start = (m.index ?? 0) + (m[1] ?? '').length;
    found.push({ index: byteSlice(text, start, start + 1 + handle.length), feature: { type: 'mention', handle: handle.toLowerCase() } });
  }
  for (const m of text.matchAll(LINK)) {
    const uri = trimLink(m[2] ?? '');
    if (!URL.canParse(uri)) continue;
    const start = (m.index ?? 0) + (m[1] ?? '').length;
    found.push({ index: byteSlice(text, start, start + uri.length), feature: { type: 'link', uri } });
  }
  return found.sort((a, b) => a.index.byteStart - b.index.byteStart);
}
