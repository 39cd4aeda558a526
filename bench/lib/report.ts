// One row of the results table, and the table itself.
export type Figure = {
  figure: string;
  value: string;
  baseline: string;
  ratio?: number;
  /** Minimum ratio; absent for figures reported for information only. */
  target?: number;
  /** For latencies the issue bounds in absolute terms: the measured value must stay below the limit. */
  below?: { measured: number; limit: number; unit: string };
};

export function verdict(f: Figure): string {
  if (f.below) return f.below.measured < f.below.limit ? 'pass' : 'MISSED';
  if (f.target === undefined || f.ratio === undefined) return 'info';
  return f.ratio >= f.target ? 'pass' : 'MISSED';
}

export function formatTable(rows: Figure[]): string {
  const cells = rows.map((r) => [r.figure, r.value, r.baseline, r.ratio === undefined ? '-' : r.ratio.toFixed(2), r.below ? `< ${r.below.limit} ${r.below.unit}` : r.target === undefined ? '-' : `>= ${r.target}`, verdict(r)]);
  const head = ['figure', 'value', 'baseline', 'ratio', 'target', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Progress and per-round figures go to stderr, so the noise behind each mean stays visible. */
export const progress = (msg: string) => process.stderr.write(`  ${msg}\n`);
