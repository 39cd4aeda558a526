// `tandem connector new` on a temporary copy of the project: the scaffold lands with its registry
// line, type-checks, and its contract suite passes against its fixture as generated.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { addRegistryLine } from './connector-new.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const node = process.execPath;

describe('tandem connector new', () => {
  let root: string;
  let cli: CliEnv;

  before(async () => {
    cli = await createCliEnv();
    // A project copy: the registry is a real copy, everything else a symlink to the real thing.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-scaffold-'));
    const connectors = path.join(root, 'src', 'connectors');
    fs.mkdirSync(connectors, { recursive: true });
    for (const entry of fs.readdirSync(path.join(project, 'src', 'connectors'))) {
      if (entry === 'registry.ts') fs.copyFileSync(path.join(project, 'src', 'connectors', entry), path.join(connectors, entry));
      else fs.symlinkSync(path.join(project, 'src', 'connectors', entry), path.join(connectors, entry));
    }
    fs.symlinkSync(path.join(project, 'node_modules'), path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
    fs.writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ extends: path.join(project, 'tsconfig.json'), include: ['src/connectors/acme-chat', 'src/connectors/registry.ts'] }));
  });
  after(async () => {
    fs.rmSync(root, { recursive: true, force: true });
    await cli.close();
  });

  it('scaffolds the folder and the registry line, which type-check and pass the contract suite', async () => {
    const res = await cli.run(['connector', 'new', 'acme-chat', '--name', 'Acme Chat', '--root', root]);
    assert.equal(res.code, 0, res.stderr);
    assert.deepEqual(res.stdout.trim().split('\n').sort(), [
      'src/connectors/acme-chat/README.md',
      'src/connectors/acme-chat/acme-chat.contract.test.ts',
      'src/connectors/acme-chat/fixture/fake-acme-chat.ts',
      'src/connectors/acme-chat/fixtures/README.md',
      'src/connectors/acme-chat/index.ts',
      'src/connectors/registry.ts',
    ]);
    const registry = fs.readFileSync(path.join(root, 'src', 'connectors', 'registry.ts'), 'utf8');
    assert.match(registry, /import \{ acmeChatConnector \} from '\.\/acme-chat\/index\.ts';\nimport \{ blueskyConnector \}/);
    assert.match(registry, /\{\n {2}'acme-chat': acmeChatConnector,\n/);

    const tsc = spawnSync(node, [path.join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    // Without NODE_TEST_CONTEXT, the child reports on its own instead of into this test run.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const suite = spawnSync(node, ['--test', '--test-reporter=tap', path.join(root, 'src/connectors/acme-chat/acme-chat.contract.test.ts')], { encoding: 'utf8', cwd: root, env });
    assert.equal(suite.status, 0, suite.stdout + suite.stderr);
    assert.match(suite.stdout, /# pass [1-9]\d*\n# fail 0\n/);

    const twice = await cli.run(['connector', 'new', 'acme-chat', '--root', root]);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /already exists \[conflict\]/);
  });

  it('refuses bad ids and keeps the registry in alphabetical order', async () => {
    const registryBefore = fs.readFileSync(path.join(root, 'src', 'connectors', 'registry.ts'), 'utf8');
    const bad = await cli.run(['connector', 'new', 'Bad_Id', '--root', root]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /\[validation_failed\]/);
    assert.equal(fs.readFileSync(path.join(root, 'src', 'connectors', 'registry.ts'), 'utf8'), registryBefore, 'a refused id changes nothing');
    const source = "import { a } from './alpha/index.ts';\nimport { z } from './zeta/index.ts';\n\nexport const connectors: Record<string, Connector> = {\n  alpha: a,\n  zeta: z,\n};\n";
    assert.equal(addRegistryLine(source, 'mid', 'midConnector'), "import { a } from './alpha/index.ts';\nimport { midConnector } from './mid/index.ts';\nimport { z } from './zeta/index.ts';\n\nexport const connectors: Record<string, Connector> = {\n  alpha: a,\n  mid: midConnector,\n  zeta: z,\n};\n");
  });
});
