// Accuracy and macro-F1 (the unweighted mean of each class's F1, so the small classes count as
// much as the large one) for single-label predictions; per-label precision/recall for multi-label.

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Figures {
  count: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<string, ClassFigures>;
}

function f1Of(truePositives: number, predicted: number, actual: number): ClassFigures {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = actual === 0 ? 0 : truePositives / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: actual };
}

export function classificationFigures<L extends string>(classes: readonly L[], pairs: { expected: L; predicted: L }[]): Figures {
  const correct = pairs.filter((pair) => pair.expected === pair.predicted).length;
  const perClass: Record<string, ClassFigures> = {};
  for (const label of classes) {
    const truePositives = pairs.filter((pair) => pair.expected === label && pair.predicted === label).length;
    const predicted = pairs.filter((pair) => pair.predicted === label).length;
    const actual = pairs.filter((pair) => pair.expected === label).length;
    perClass[label] = f1Of(truePositives, predicted, actual);
  }
  const macroF1 = classes.reduce((sum, label) => sum + (perClass[label]?.f1 ?? 0), 0) / classes.length;
  return { count: pairs.length, accuracy: pairs.length === 0 ? 0 : correct / pairs.length, macroF1, perClass };
}

/** Per-label figures when each item carries a set of labels (intents). */
export function multiLabelFigures<L extends string>(labels: readonly L[], pairs: { expected: readonly L[]; predicted: readonly L[] }[]): Record<string, ClassFigures> {
  const result: Record<string, ClassFigures> = {};
  for (const label of labels) {
    const truePositives = pairs.filter((pair) => pair.expected.includes(label) && pair.predicted.includes(label)).length;
    const predicted = pairs.filter((pair) => pair.predicted.includes(label)).length;
    const actual = pairs.filter((pair) => pair.expected.includes(label)).length;
    result[label] = f1Of(truePositives, predicted, actual);
  }
  return result;
}

export const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
