// Emoji carry most of the tone of short messages. wink-nlp knows some; this table gives all the
// common ones a weight, per occurrence (capped), because "😡😡😡" is angrier than "😡".
// 🙄 and 🙃 are in sarcasm-cues.ts. 👏 and 👍 read as praise unless the message is a complaint
// (then the sarcasm reading discards positive emoji, "perfect timing for the servers to die 👍").

// Matched against the raw text; the variation selector (U+FE0F) is optional.
export const negativeEmoji = /[\u{1F621}\u{1F92C}\u{1F620}\u{1F624}\u{1F44E}\u{1F61E}\u{1F612}\u{1F611}\u{1F92E}\u{1F922}\u{1F494}\u{1F629}\u{1F62B}\u{1F616}\u{1F623}\u{1F622}\u{2639}\u{1F641}\u{1F615}\u{1F480}]/gu;
export const negativeEmojiWeight = -0.35;
// 😭 is despair or being moved ("I love you guys 😭❤️"): weak.
export const cryingEmoji = /\u{1F62D}/gu;
export const cryingEmojiWeight = -0.15;
export const positiveEmoji = /[\u{2764}\u{2665}\u{1F499}\u{1F49A}\u{1F49C}\u{1F9E1}\u{1F49B}\u{1F5A4}\u{1F970}\u{1F60D}\u{1F64F}\u{1F64C}\u{1F44D}\u{1F44C}\u{1F4AF}\u{1F389}\u{1F973}\u{1F60A}\u{263A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F929}\u{2728}\u{1F44F}\u{1F525}\u{1F4AA}\u{2B50}\u{1F31F}\u{1F618}\u{1F496}\u{1F495}\u{1F497}\u{1F917}\u{1F60E}\u{1F642}]/gu;
export const positiveEmojiWeight = 0.3;
export const maxEmojiCount = 3;

export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < maxEmojiCount && pattern.exec(text) !== null) count++;
  pattern.lastIndex = 0;
  return count;
}
