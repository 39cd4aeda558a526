#!/usr/bin/env node
// `npx tandem`: runs the CLI on the Node 24 that the project installs (node_modules/.bin/node),
// whatever Node started this script, because Tandem's TypeScript runs directly on Node 24.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = path.join(root, 'node_modules', '.bin', 'node');
const result = spawnSync(node, [path.join(root, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
