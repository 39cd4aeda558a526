// The channel and key commands as an operator runs them: a spawned `tandem` with the fixture
// connectors preloaded, talking to the fixture network on loopback.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startFixtureNetwork, type FixtureNetwork } from '../../core/channels/testing/fixture-network.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

const preload = fileURLToPath(new URL('../../core/channels/testing/register-fixture-connectors.ts', import.meta.url));

describe('tandem channel and keys commands', () => {
  let cli: CliEnv;
  let net: FixtureNetwork;
  let workspace: string;
  let channelId: string;
  let envKey: string;
  const run = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}) => cli.run(args, { ...opts, env: { NODE_OPTIONS: `--import=${preload}`, ...opts.env } });
  const sealedKeyIds = () => cli.withDatabase(async (db) => (await db.query<{ c: string }>('select credentials as c from channels where credentials is not null')).map((r) => r.c.split(':')[1]));

  before(async () => {
    net = await startFixtureNetwork();
    cli = await createCliEnv();
    const made = await cli.run(['user', 'create', '--email', 'ann@example.com', '--name', 'Ann', '--password', 'a long enough password', '--workspace-name', 'Acme']);
    assert.equal(made.code, 0, made.stderr);
    workspace = made.stdout.match(/workspace "Acme" \((.+)\)/)![1]!;
  });
  after(async () => {
    await cli.close();
    await net.close();
  });

  it('connects with credentials from stdin, lists and tests the channel', async () => {
    const config = JSON.stringify({ baseUrl: net.baseUrl, allowHosts: [net.host] });
    const token = net.issueToken('henry');
    const res = await run(['channel', 'connect', '--workspace', workspace, '--network', 'fixture', '--config', config], { stdin: JSON.stringify({ token }) });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /Connected "Account henry" \(fixture, @henry\): ok/);
    channelId = res.stdout.trim();
    const list = await run(['channel', 'list', '--workspace', workspace]);
    assert.equal(list.stdout, `${channelId}\tfixture\tAccount henry\t@henry\tactive\tok\n`);
    assert.equal((await run(['channel', 'test', '--workspace', workspace, '--channel', channelId])).code, 0);
    const renamed = await run(['channel', 'rename', '--workspace', workspace, '--channel', channelId, '--name', 'Support desk']);
    assert.deepEqual([renamed.code, renamed.stdout], [0, 'Renamed to Support desk\n']);
    assert.match((await run(['channel', 'list', '--workspace', workspace])).stdout, /\tSupport desk\t/);
    const unnamed = await run(['channel', 'rename', '--workspace', workspace, '--channel', channelId]);
    assert.deepEqual([unnamed.code, unnamed.stderr.trim()], [1, 'tandem: --name is required [validation_failed]']);
    const bad = await run(['channel', 'connect', '--workspace', workspace, '--network', 'fixture', '--config', config], { stdin: '{"token":"wrong"}' });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /\[channel_auth_failed\]/);
    const audit = await cli.withDatabase((db) => db.query<{ actor_label: string }>(`select actor_label from audit_entries where action = 'channel.connect'`));
    assert.deepEqual(audit, [{ actor_label: 'cli' }]);
  });

  it('rotates the generated key file: every secret re-sealed, the old key dropped', async () => {
    const keyFile = path.join(cli.dataDir, 'encryption.key');
    const oldKey = fs.readFileSync(keyFile, 'utf8');
    const res = await run(['keys', 'rotate', '--batch-size', '1']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /channels\.credentials: 1 re-sealed/);
    assert.notEqual(fs.readFileSync(keyFile, 'utf8'), oldKey);
    assert.equal(fs.existsSync(`${keyFile}.previous`), false);
    assert.equal((await run(['channel', 'test', '--workspace', workspace, '--channel', channelId])).code, 0, 'the credentials open with the new key alone');
  });

  it('rotates to a key from the environment, and a rerun re-seals nothing', async () => {
    envKey = randomBytes(32).toString('base64');
    const env = { TANDEM_ENCRYPTION_KEY: envKey, TANDEM_ENCRYPTION_KEY_PREVIOUS: fs.readFileSync(path.join(cli.dataDir, 'encryption.key'), 'utf8').trim() };
    const before = await sealedKeyIds();
    const first = await run(['keys', 'rotate'], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /channels\.credentials: 1 re-sealed/);
    assert.notDeepEqual(await sealedKeyIds(), before);
    const again = await run(['keys', 'rotate'], { env: { TANDEM_ENCRYPTION_KEY: env.TANDEM_ENCRYPTION_KEY } });
    assert.match(again.stdout, /channels\.credentials: 0 re-sealed/);
    assert.equal((await run(['channel', 'test', '--workspace', workspace, '--channel', channelId], { env: { TANDEM_ENCRYPTION_KEY: env.TANDEM_ENCRYPTION_KEY } })).code, 0);
    const lost = await run(['channel', 'test', '--workspace', workspace, '--channel', channelId]);
    assert.equal(lost.code, 1, 'the old key file alone no longer opens them');
  });

  it('reports needs reconnect with exit 1, then disconnects keeping the channel', async () => {
    const env = { TANDEM_ENCRYPTION_KEY: envKey };
    net.revokeAll();
    const test = await run(['channel', 'test', '--workspace', workspace, '--channel', channelId], { env });
    assert.equal(test.code, 1);
    assert.equal(test.stdout, 'Support desk: needs reconnect: The access token is invalid\n');
    assert.equal((await run(['channel', 'disconnect', '--workspace', workspace, '--channel', channelId], { env })).code, 0);
    const list = await run(['channel', 'list', '--workspace', workspace, '--json'], { env });
    const [channel] = JSON.parse(list.stdout) as Array<{ status: string; health: string }>;
    assert.deepEqual([channel!.status, channel!.health], ['disconnected', 'needs_reconnect']);
    assert.deepEqual(await sealedKeyIds(), [], 'no credentials left');
  });

  it('refuses bad options with one line', async () => {
    const res = await run(['channel', 'test', '--workspace', 'nope', '--channel', channelId]);
    assert.deepEqual([res.code, res.stderr], [1, 'tandem: --workspace must be a workspace id [validation_failed]\n']);
  });
});
