// `tandem post import <file.csv>`: checks a CSV of posts (--dry-run: a report of every row's
// errors, nothing stored; exit 1 when there are any) or imports it. The rows are created in this
// process, with progress on stderr, by the same code as the import-posts job: if the command is
// stopped half-way, a worker's job resumes the import where it stopped, without duplicates.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import type { ImportRowError } from '../../db/schema/automation.ts';
import { getImport } from '../../core/publishing/import/get-import.ts';
import { MAX_IMPORT_BYTES } from '../../core/publishing/import/parse-import-file.ts';
import { importMediaFetch } from '../../core/publishing/import/row-media.ts';
import { runImportRows } from '../../core/publishing/import/run-import-rows.ts';
import { startImport } from '../../core/publishing/import/start-import.ts';
import { storeImportedMedia } from '../../core/publishing/import/store-imported-media.ts';
import { AppError } from '../../core/shared/errors.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';

const describeError = (e: ImportRowError) => [`row ${e.row}`, e.field, e.code, e.message].join('\t');

async function readFile(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new AppError('validation_failed', `${file}: no such file`);
  if (stat.size > MAX_IMPORT_BYTES) throw new AppError('import_invalid', `${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it in parts`);
  return fs.readFile(file, 'utf8');
}

export const postImportCommand: Command = {
  summary: 'Import posts from a CSV file (columns text, channels, time, media, labels, campaign), or check it with --dry-run',
  usage: '<file.csv> --workspace <id> [--dry-run] [--skip-invalid]\n\nErrors are printed one per line: row, field, code, message. See docs/publishing.md, "Bulk and automation".',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'skip-invalid': { type: 'boolean' } }, allowPositionals: true, strict: true });
    const options = parseOptions(z.object({ workspace: workspaceOption, file: z.string('give the CSV file to import').min(1) }), { ...values, file: positionals[0] });
    if (positionals.length > 1) throw new AppError('validation_failed', 'give one CSV file');
    const content = await readFile(options.file);
    const config = loadConfig();
    return withChannelsCtx(options.workspace, async (ctx) => {
      let report;
      try {
        report = await startImport(ctx, { fileName: path.basename(options.file), content, dryRun: values['dry-run'], skipInvalidRows: values['skip-invalid'] });
      } catch (err) {
        const rowErrors = err instanceof AppError ? (err.details?.rowErrors as ImportRowError[] | undefined) : undefined;
        if (rowErrors) for (const e of rowErrors) console.log(describeError(e));
        throw err;
      }
      for (const e of report.errors) console.log(describeError(e));
      if (report.id === null) {
        console.error(`${report.validRows} of ${report.totalRows} rows are ready to import; ${report.totalRows - report.validRows} have errors.`);
        return report.errors.length > 0 ? 1 : 0;
      }
      console.error(`Import ${report.id}: creating ${report.totalRows} posts…`);
      const runCtx = { ...ctx, mediaFetch: importMediaFetch(config.mediaMaxBytes), storeMedia: storeImportedMedia(config) };
      for (let done = false; !done; ) {
        done = (await runImportRows(runCtx, report.id, 50)).finished;
        const progress = await getImport(ctx, report.id);
        console.error(`${progress.processedRows}/${progress.totalRows} rows, ${progress.createdPosts} posts created`);
      }
      const final = await getImport(ctx, report.id);
      for (const e of final.errors.slice(report.errors.length)) console.log(describeError(e));
      console.error(`Import ${final.id} ${final.state}: ${final.createdPosts} posts created, ${final.errors.length} errors. Scheduled posts are published by the workers (tandem start or tandem worker).`);
      return final.errors.length > 0 ? 1 : 0;
    });
  },
};
