// Scores one inbound message: sentiment, language and intent tags. Runs inside ingestion, so it is
// cheap: one wink-nlp pass per message and precompiled patterns (see docs/nlp.md).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { detect } from 'tinyld';
import type { Intent, Sentiment } from '../core/inbox/vocabulary.ts';

export interface MessageScore {
  sentiment: Sentiment;
  /** -1 (most negative) .. 1 (most positive). */
  sentimentScore: number;
  /** ISO 639-1 code, or null when the text is too short to tell. */
  language: string | null;
  intents: Intent[];
}

// Loading the model takes ~200 ms: once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;
function getNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

export function scoreMessage(text: string): MessageScore {
  const engine = getNlp();
  const raw = engine.readDoc(text).out(engine.its.sentiment) as number;
  const sentimentScore = Math.max(-1, Math.min(1, raw));
  const sentiment: Sentiment = sentimentScore > 0.1 ? 'positive' : sentimentScore < -0.1 ? 'negative' : 'neutral';
  const letters = text.replace(/[^\p{L}]/gu, '');
  const language = letters.length >= 8 ? detect(text) || null : null;
  const intents: Intent[] = [];
  if (/\?/.test(text)) intents.push('question');
  return { sentiment, sentimentScore, language, intents };
}

export function scoreMessages(texts: string[]): MessageScore[] {
  return texts.map(scoreMessage);
}
