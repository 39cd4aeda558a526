// `tandem connector new <id>`: scaffolds src/connectors/<id>/ (index, README, contract test wired
// to a loopback fixture, fixtures/) and adds its line to src/connectors/registry.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/shared/errors.ts';
import { templates } from './connector-template/templates.ts';
import type { Command } from './index.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const pascal = (id: string) => id.split('-').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');

/** Adds the import and the entry in alphabetical order; refuses an id already there. */
export function addRegistryLine(source: string, id: string, variable: string): string {
  const lines = source.split('\n');
  const importLine = `import { ${variable} } from './${id}/index.ts';`;
  const key = /^[a-z][a-z0-9]*$/.test(id) ? id : `'${id}'`;
  const entryLine = `  ${key}: ${variable},`;
  if (lines.some((l) => l.includes(`'./${id}/index.ts'`))) throw new AppError('conflict', `src/connectors/registry.ts already has ${id}`);
  const insertSorted = (isPeer: (l: string) => boolean, line: string, sortKey: (l: string) => string) => {
    const peers = lines.map((l, i) => [l, i] as const).filter(([l]) => isPeer(l));
    if (peers.length === 0) throw new AppError('validation_failed', 'src/connectors/registry.ts does not look as expected; add the line by hand');
    const after = peers.filter(([l]) => sortKey(l) < sortKey(line)).at(-1);
    lines.splice(after ? after[1] + 1 : peers[0]![1], 0, line);
  };
  insertSorted((l) => /^import .* from '\.\/[^']+';$/.test(l), importLine, (l) => l.match(/from '\.\/([^']+)'/)![1]!);
  const start = lines.findIndex((l) => l.startsWith('export const connectors'));
  insertSorted((l) => /^ {2}[\w'-]+: \w+,$/.test(l) && lines.indexOf(l) > start, entryLine, (l) => l.trim().replaceAll("'", ''));
  return lines.join('\n');
}

export function scaffoldConnector(root: string, id: string, name: string): string[] {
  const dir = path.join(root, 'src', 'connectors', id);
  if (fs.existsSync(dir)) throw new AppError('conflict', `${path.relative(root, dir)} already exists`);
  const variable = `${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Connector`;
  const fill = (text: string) => text.replaceAll('__ID__', id).replaceAll('__NAME__', name).replaceAll('__VAR__', variable).replaceAll('__PASCAL__', pascal(id));
  const registry = path.join(root, 'src', 'connectors', 'registry.ts');
  const updated = addRegistryLine(fs.readFileSync(registry, 'utf8'), id, variable);
  const written: string[] = [];
  for (const [file, text] of Object.entries(templates)) {
    const target = path.join(dir, fill(file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, fill(text), { flag: 'wx' });
    written.push(path.relative(root, target));
  }
  fs.writeFileSync(registry, updated);
  return [...written, path.relative(root, registry)];
}

export const connectorNewCommand: Command = {
  summary: 'Scaffold a connector folder (index, README, contract test, fixtures) and its registry line',
  usage: '<id> [--name <display name>] [--root <project directory>]',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { name: { type: 'string' }, root: { type: 'string' } }, allowPositionals: true, strict: true });
    const id = positionals[0] ?? '';
    if (!/^[a-z][a-z0-9-]{1,39}$/.test(id) || id === 'sdk') throw new AppError('validation_failed', 'The id must be 2–40 lower-case letters, digits and dashes, starting with a letter (and not "sdk")');
    const files = scaffoldConnector(path.resolve(values.root ?? projectRoot), id, values.name ?? pascal(id));
    console.log(files.join('\n'));
    console.error(`Scaffolded ${id}. Next: build its fixture from the network's API reference, then run: node --test src/connectors/${id}/`);
    return 0;
  },
};
