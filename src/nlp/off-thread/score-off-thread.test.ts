import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { readLabelledSet } from '../evaluation/labelled-set.ts';
import { scoreMessages } from '../score-message.ts';
import { scoreOffThread, stopScoringWorker } from './score-off-thread.ts';

describe('scoring in the worker thread', () => {
  after(() => stopScoringWorker());
  const texts = readLabelledSet().slice(0, 60).map((m) => m.text);

  it('gives the scores scoring on this thread gives, in order, for batches sent together', async () => {
    const [first, second, none] = await Promise.all([scoreOffThread(texts.slice(0, 30)), scoreOffThread(texts.slice(30)), scoreOffThread([])]);
    assert.deepEqual([...first, ...second], scoreMessages(texts));
    assert.deepEqual(none, []);
  });

  it('a worker stopped with batches owed: they are scored here, and the next call starts a new worker', async () => {
    // Large enough (a few hundred ms of scoring) that the worker is still on it when stopped.
    const many = Array.from({ length: 100 }, () => texts).flat();
    const owed = scoreOffThread(many);
    await stopScoringWorker();
    assert.deepEqual(await owed, scoreMessages(many));
    assert.deepEqual(await scoreOffThread(texts.slice(0, 3)), scoreMessages(texts.slice(0, 3)));
  });
});
