// What the scorers read of a message: at most maxScoredChars (cut at a space: 1,000 is several social posts long), with runs of one
// character longer than three cut to three. Tone and language show in the first lines, and both
// libraries slow down sharply on long runs (wink-nlp takes ~45 ms on 2,000 "?", tinyld ~20 ms on
// 2,000 "a"), which a hostile or broken sender could otherwise use to stall ingestion.
export const maxScoredChars = 1000;
const longRun = /(.)\1{3,}/gsu;

export function boundText(text: string): string {
  let bounded = text;
  if (bounded.length > maxScoredChars) {
    const cut = bounded.lastIndexOf(' ', maxScoredChars);
    bounded = bounded.slice(0, cut > maxScoredChars / 2 ? cut : maxScoredChars);
  }
  return bounded.replace(longRun, '$1$1$1');
}
