// Shapes of the CSV import answers (src/http/routes/post-imports.ts).
export type ImportRowError = { row: number; field: string; code: string; message: string };
export type ImportState = 'dry_run' | 'queued' | 'running' | 'done' | 'failed';
export type PostImport = {
  id: string | null;
  fileName: string;
  state: ImportState;
  totalRows: number;
  processedRows: number;
  createdPosts: number;
  errors: ImportRowError[];
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
};
export type ImportReport = PostImport & { validRows: number };
export type StartImportInput = { fileName: string; content: string; dryRun: boolean; skipInvalidRows: boolean };

export const finished = (state: ImportState) => state === 'done' || state === 'failed' || state === 'dry_run';
