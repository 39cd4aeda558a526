// Shared Unicode helpers: graphemes as a reader sees them (Intl.Segmenter, UAX #29),
// code points, and UTF-8 byte lengths.
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const utf8 = new TextEncoder();

export const countGraphemes = (text: string): number => {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
};

export const countCodePoints = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

export const utf8Length = (text: string): number => utf8.encode(text).length;
