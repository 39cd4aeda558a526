#!/usr/bin/env node
// `npx tandem`: runs the CLI on the Node 24 that the project installs (node_modules/.bin/node),
// whatever Node started this script, because Tandem's TypeScript runs directly on Node 24.
// npx puts that Node first on PATH, so usually this script already runs on it: then the CLI runs in
// this very process, and a supervisor's SIGTERM reaches the server instead of a wrapper whose
// death would leave the server running on its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = path.join(root, 'node_modules', '.bin', 'node');
const main = path.join(root, 'src', 'cli', 'main.ts');
if (fs.existsSync(node) && fs.realpathSync(process.execPath) === fs.realpathSync(node)) {
  await import(pathToFileURL(main).href);
} else {
  const result = spawnSync(node, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
