// wink-nlp's own sentiment (-1..1) for one text. The model loads once per process (~200 ms), on
// first use. Only the pipes sentiment needs run: sentence boundaries and negation ("not good")
// feed the score; part-of-speech and entities do not, and skipping them halves the cost with
// identical scores on the labelled set (measured: docs/nlp.md).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

function engine(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return nlp;
}

export function winkSentiment(text: string): number {
  const wink = engine();
  return wink.readDoc(text).out(wink.its.sentiment) as number;
}
