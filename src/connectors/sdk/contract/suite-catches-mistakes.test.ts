// The contract suite must fail a connector that gets idempotency or error mapping wrong; a suite
// that passes everything proves nothing.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

it('the contract suite fails a connector that double-publishes and maps every error to transient', () => {
  const fixture = fileURLToPath(new URL('./example/broken-connector.fixture.ts', import.meta.url));
  // Without NODE_TEST_CONTEXT the child reports like a top-level run instead of to this runner.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', fixture], { encoding: 'utf8', timeout: 60_000, env });
  const failed = [...run.stdout.matchAll(/✖ (.+?) \(\d/g)].map((m) => m[1]);
  assert.notEqual(run.status, 0);
  for (const name of [
    'publish: the same idempotency key twice yields one post',
    'errors: 401 is auth_expired',
    'errors: 429 with Retry-After is rate_limited for that long',
    "errors: 400 is rejected with the network's reason, kept short",
  ]) {
    assert.ok(failed.includes(name), `expected "${name}" to fail; failed: ${failed.join(' | ')}`);
  }
  // Correct behaviour still passes: the broken publish still stores posts.
  assert.ok(!failed.includes('publish: stores the post on the network and returns its id and URL'));
});
