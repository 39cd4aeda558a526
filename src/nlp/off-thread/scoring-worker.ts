// The worker thread behind scoreOffThread: scores each batch of texts it is sent and answers with
// the scores under the batch's id. It loads the wink-nlp model and the language profiles once.
import { parentPort } from 'node:worker_threads';
import { scoreMessages } from '../score-message.ts';

export type ScoringRequest = { id: number; texts: string[] };
export type ScoringAnswer = { id: number; scores: ReturnType<typeof scoreMessages> } | { id: number; error: string };

parentPort!.on('message', ({ id, texts }: ScoringRequest) => {
  try {
    parentPort!.postMessage({ id, scores: scoreMessages(texts) } satisfies ScoringAnswer);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies ScoringAnswer);
  }
});
