// A CSV file of posts -> rows of named fields, before any check against the workspace. The file
// itself being unreadable (too big, not CSV, no text or channels column, unknown columns) is
// `import_invalid` for the whole file; what is wrong with one row is for check-import-row.ts.
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors.ts';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000;

export const importFields = ['text', 'channels', 'time', 'media', 'labels', 'campaign'] as const;
export type ImportField = (typeof importFields)[number];

/** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells. */
export type ImportRow = { row: number } & Partial<Record<ImportField, string>>;

// Headers as people write them: "Media URL", "media_url", "Scheduled at", "Channel".
const aliases: Record<string, ImportField> = {
  text: 'text',
  message: 'text',
  channels: 'channels',
  channel: 'channels',
  time: 'time',
  date: 'time',
  scheduledat: 'time',
  media: 'media',
  mediaurl: 'media',
  image: 'media',
  imageurl: 'media',
  labels: 'labels',
  label: 'labels',
  campaign: 'campaign',
};
const headerKey = (h: string) => h.toLowerCase().replace(/[\s_-]+/g, '');

const invalid = (message: string, details?: Record<string, unknown>) => new AppError('import_invalid', message, details);

// Spreadsheets in many locales save with ';' (or tabs) when ',' is the decimal separator.
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

function columnsOf(header: string[]): ImportField[] {
  const fields = header.map((h) => aliases[headerKey(h)]);
  const unknown = header.filter((_, i) => fields[i] === undefined);
  if (unknown.length > 0) throw invalid(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; the columns are ${importFields.join(', ')}`, { columns: unknown });
  const known = fields as ImportField[];
  const twice = known.find((f, i) => known.indexOf(f) !== i);
  if (twice) throw invalid(`The column ${twice} appears twice`);
  for (const required of ['text', 'channels'] as const) {
    if (!known.includes(required)) throw invalid(`The file has no ${required} column; the first row must name the columns (${importFields.join(', ')})`);
  }
  return known;
}

export function parseImportFile(content: string): ImportRow[] {
  if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) throw invalid(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it in parts`);
  if (content.includes('\u0000')) throw invalid('This is not a CSV file (it holds binary data)');
  let records: string[][];
  try {
    records = parse(content, { bom: true, delimiter: delimiterOf(content.replace(/^\uFEFF/, '')), skip_empty_lines: true, trim: true, max_record_size: 64 * 1024 });
  } catch (err) {
    if (err instanceof CsvError) throw invalid(`The file is not valid CSV: ${err.message}`, { csvCode: err.code, line: (err as CsvError & { lines?: number }).lines });
    throw err;
  }
  const [header, ...data] = records;
  if (!header) throw invalid('The file is empty');
  const columns = columnsOf(header);
  if (data.length === 0) throw invalid('The file has a header but no rows');
  if (data.length > MAX_IMPORT_ROWS) throw invalid(`The file has ${data.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once`, { rows: data.length, max: MAX_IMPORT_ROWS });
  return data.map((cells, i) => {
    const row: ImportRow = { row: i + 2 };
    columns.forEach((field, c) => {
      const value = cells[c] ?? '';
      if (value !== '') row[field] = value;
    });
    return row;
  });
}
