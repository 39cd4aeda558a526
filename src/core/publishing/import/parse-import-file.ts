// A CSV file of posts -> rows of named fields, before any check against the workspace. The file
// itself being unreadable (too big, not CSV, no text or channels column, unknown columns) is
// `import_invalid` for the whole file; what is wrong with one row is for check-import-row.ts.
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors.ts';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000;

export const importFields = ['text', 'channels', 'time', 'media', 'labels', 'campaign'] as const;
export type ImportField = (typeof importFields)[number];

/**
 * One data row: its number as a spreadsheet shows it (the header is row 1; blank rows are counted
 * and skipped) and its cells. `malformed` says why a row could not be split into the columns.
 */
export type ImportRow = { row: number; malformed?: string } & Partial<Record<ImportField, string>>;

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
    // Rows with too many or too few cells are kept, so the report can name each of them.
    records = parse(content, { bom: true, delimiter: delimiterOf(content.replace(/^\uFEFF/, '')), relax_column_count: true, trim: true, max_record_size: 64 * 1024 });
  } catch (err) {
    if (err instanceof CsvError) throw invalid(`The file is not valid CSV: ${err.message}`, { csvCode: err.code, line: (err as CsvError & { lines?: number }).lines });
    throw err;
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h === '')) throw invalid('The file is empty');
  const columns = columnsOf(header);
  const rows: ImportRow[] = [];
  data.forEach((cells, i) => {
    if (cells.every((c) => c === '')) return;
    const row: ImportRow = { row: i + 2 };
    if (cells.length !== columns.length) {
      row.malformed = `This row has ${cells.length} cells where the header has ${columns.length}: a text with a comma must be in double quotes`;
    } else {
      columns.forEach((field, c) => {
        if (cells[c] !== '') row[field] = cells[c];
      });
    }
    rows.push(row);
  });
  if (rows.length === 0) throw invalid('The file has a header but no rows');
  if (rows.length > MAX_IMPORT_ROWS) throw invalid(`The file has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once`, { rows: rows.length, max: MAX_IMPORT_ROWS });
  return rows;
}
