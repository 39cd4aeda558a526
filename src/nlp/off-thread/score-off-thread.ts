// Scoring is ingestion's CPU work (about a third of a page's time on PostgreSQL). Done on the main
// thread, it delays every database answer waiting behind it; in a worker thread it runs on
// another core while the page before is being stored (see ingest-channel.ts: read-ahead).
// One worker per process, started on first use and not keeping the process alive when idle; the
// models (wink-nlp's, about 60 MiB, and tinyld's) load there, not on the main thread. If it cannot
// start or dies, the batches it held are scored here instead (loading the models here then), and
// the next call starts a new one: a page is never lost to the worker.
import { Worker } from 'node:worker_threads';
import type { MessageScore } from '../score-message.ts';
import type { ScoringAnswer, ScoringRequest } from './scoring-worker.ts';

type Batch = { texts: string[]; resolve: (scores: MessageScore[]) => void };

async function scoreHere(batch: Batch): Promise<void> {
  const { scoreMessages } = await import('../score-message.ts');
  batch.resolve(scoreMessages(batch.texts));
}

class ScoringWorker {
  readonly #thread = new Worker(new URL('./scoring-worker.ts', import.meta.url));
  readonly #owed = new Map<number, Batch>();
  #nextId = 0;
  alive = true;

  constructor() {
    this.#thread.unref();
    this.#thread.on('message', (answer: ScoringAnswer) => {
      const batch = this.#owed.get(answer.id);
      if (!batch) return;
      this.#owed.delete(answer.id);
      if ('scores' in answer) batch.resolve(answer.scores);
      else void scoreHere(batch);
      if (this.#owed.size === 0) this.#thread.unref();
    });
    const lost = () => {
      this.alive = false;
      for (const batch of this.#owed.values()) void scoreHere(batch);
      this.#owed.clear();
    };
    this.#thread.on('error', lost);
    this.#thread.on('exit', lost);
  }

  score(batch: Batch): void {
    const id = this.#nextId++;
    this.#owed.set(id, batch);
    // Held open while it owes answers, so a caller awaiting them is not cut short.
    this.#thread.ref();
    this.#thread.postMessage({ id, texts: batch.texts } satisfies ScoringRequest);
  }

  stop(): Promise<number> {
    return this.#thread.terminate();
  }
}

let current: ScoringWorker | undefined;

/** The scores of each text, in order, computed in the scoring worker. */
export function scoreOffThread(texts: string[]): Promise<MessageScore[]> {
  if (texts.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    try {
      if (!current?.alive) current = new ScoringWorker();
      current.score({ texts, resolve });
    } catch {
      void scoreHere({ texts, resolve });
    }
  });
}

/** Stops the worker; batches it still owed are scored on this thread. */
export async function stopScoringWorker(): Promise<void> {
  const running = current;
  current = undefined;
  await running?.stop();
}
