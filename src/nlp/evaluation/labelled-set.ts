// Reads the hand-labelled messages (sentiment/labelled-messages.tsv) and splits off the held-out
// part: every third message is never looked at while tuning the rules, so its figure stays honest.
import { readFileSync } from 'node:fs';
import { intents, sentiments, type Intent, type Sentiment } from '../../core/inbox/vocabulary.ts';

export interface LabelledMessage {
  /** 1-based position among the messages (header excluded). */
  line: number;
  sentiment: Sentiment;
  intents: Intent[];
  sarcasm: boolean;
  text: string;
  heldOut: boolean;
}

const setUrl = new URL('../sentiment/labelled-messages.tsv', import.meta.url);

export function isHeldOut(line: number): boolean {
  return line % 3 === 0;
}

export function readLabelledSet(): LabelledMessage[] {
  const rows = readFileSync(setUrl, 'utf8').split('\n').slice(1).filter((row) => row.trim() !== '');
  return rows.map((row, index) => {
    const [label = '', intentList = '', note = '', ...rest] = row.split('\t');
    const text = rest.join('\t');
    const line = index + 1;
    if (!(sentiments as readonly string[]).includes(label)) throw new Error(`labelled set line ${line}: bad label "${label}"`);
    const tags = intentList === '-' ? [] : intentList.split(',');
    for (const tag of tags) {
      if (!(intents as readonly string[]).includes(tag)) throw new Error(`labelled set line ${line}: bad intent "${tag}"`);
    }
    if (text === '') throw new Error(`labelled set line ${line}: no text`);
    return { line, sentiment: label as Sentiment, intents: tags as Intent[], sarcasm: note === 'sarcasm', text, heldOut: isHeldOut(line) };
  });
}
