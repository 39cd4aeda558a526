// A preview of a variant: the text cut into plain runs, links, mentions and hashtags, the way the
// channel's network will treat them. Offsets are UTF-16 code units of `text` (JavaScript string
// indices), so the web can slice the string directly.

export type SegmentKind = 'text' | 'link' | 'mention' | 'hashtag';

export type PreviewSegment = {
  kind: SegmentKind;
  text: string;
  start: number;
  end: number;
  /** Where the network links it (a URL, a profile, a hashtag search); absent on plain text. */
  href?: string;
  /** What it weighs in the channel's count when that is not its length (X and Mastodon count every link as 23). */
  countsAs?: number;
};

export type Preview = { text: string; segments: PreviewSegment[] };

/** What a rule finds: the special runs, in order, not overlapping. */
export type Entity = Omit<PreviewSegment, 'text'> & { kind: Exclude<SegmentKind, 'text'> };

/** Fills the gaps between entities with plain text, so the segments cover the whole text. */
export function toSegments(text: string, entities: Entity[]): PreviewSegment[] {
  const segments: PreviewSegment[] = [];
  let at = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue; // overlapping matches: the first one wins
    if (e.start > at) segments.push({ kind: 'text', text: text.slice(at, e.start), start: at, end: e.start });
    segments.push({ ...e, text: text.slice(e.start, e.end) });
    at = e.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at), start: at, end: text.length });
  return segments;
}

/** Every match of a global regex as [start, end, match]. */
export function matchesOf(text: string, pattern: RegExp): Array<{ start: number; end: number; match: RegExpExecArray }> {
  const out: Array<{ start: number; end: number; match: RegExpExecArray }> = [];
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    out.push({ start: match.index, end: match.index + match[0].length, match: match as RegExpExecArray });
  }
  return out;
}
