// A rule is a pattern with a weight and the reason it exists. Tables are plain arrays so that
// they read as a list of decisions; this file compiles each table once (at import) into one
// alternation used as a prefilter, so a message that matches nothing costs a single regex test.

export interface Rule {
  pattern: RegExp;
  /** Added to the sentiment score when the pattern matches (intent tables use 0). */
  weight: number;
  why: string;
}

export interface RuleTable {
  rules: readonly Rule[];
  any: RegExp;
}

export function ruleTable(rules: readonly Rule[]): RuleTable {
  for (const rule of rules) {
    if (rule.pattern.global || rule.pattern.sticky) throw new Error(`rule pattern ${rule.pattern} must not be global or sticky (test() would keep state)`);
  }
  const any = new RegExp(rules.map((rule) => `(?:${rule.pattern.source})`).join('|'), 'u');
  return { rules, any };
}

/** Sum of the weights of the rules that match (each rule counts once). */
export function sumWeights(table: RuleTable, text: string): number {
  if (!table.any.test(text)) return 0;
  let sum = 0;
  for (const rule of table.rules) if (rule.pattern.test(text)) sum += rule.weight;
  return sum;
}

export function anyMatch(table: RuleTable, text: string): boolean {
  return table.any.test(text);
}

/** The rules that match, for explanations and tests. */
export function matchingRules(table: RuleTable, text: string): Rule[] {
  if (!table.any.test(text)) return [];
  return table.rules.filter((rule) => rule.pattern.test(text));
}
