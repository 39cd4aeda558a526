import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('defaults to port 4000 and ./data on the embedded database', () => {
    const c = loadConfig({});
    assert.equal(c.port, 4000);
    assert.match(c.dataDir, /\/data$/);
    assert.equal(c.databaseUrl, undefined);
  });

  it('stops with one line naming the variable and what it expects', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: Error) => {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.message, 'Invalid configuration: PORT must be an integer between 1 and 65535 (got "eighty")');
      return true;
    });
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ connection URL/);
    assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL must be one of fatal/);
    assert.throws(() => loadConfig({ TANDEM_ENCRYPTION_KEY: 'short' }), /TANDEM_ENCRYPTION_KEY must be 32 bytes in base64/);
  });

  it('treats empty values as unset', () => {
    assert.equal(loadConfig({ PORT: '', DATABASE_URL: '' }).port, 4000);
  });
});
