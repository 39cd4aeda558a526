// The address check nodemailer and imapflow cannot do themselves, with a resolver standing in
// for DNS (including one that answers a private address: DNS rebinding).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resolver } from '../sdk/safe-fetch/pinned-lookup.ts';
import type { ServerConfig } from './config.ts';
import { resolveEndpoint } from './endpoint.ts';

const dns = (answers: Record<string, string[]>): Resolver => async (host) => {
  const addresses = answers[host];
  if (!addresses) throw Object.assign(new Error(`no such host ${host}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};
const server = (host: string, security: ServerConfig['security'] = 'tls', port = 993): ServerConfig => ({ host, port, security });
const resolver = dns({ 'imap.example.com': ['93.184.216.34'], 'mail.internal': ['10.0.0.5'], 'rebind.example.com': ['93.184.216.34', '127.0.0.1'] });

describe('resolveEndpoint', () => {
  it('pins the checked public address and keeps the host name for TLS', async () => {
    assert.deepEqual(await resolveEndpoint(server('imap.example.com'), [], resolver), { ok: true, value: { address: '93.184.216.34', port: 993, servername: 'imap.example.com', security: 'tls' } });
  });

  it('refuses a host when any of its addresses is private, loopback or embedded in IPv6', async () => {
    for (const host of ['mail.internal', 'rebind.example.com', '127.0.0.1', '::ffff:10.0.0.1', 'fd00::1']) {
      const result = await resolveEndpoint(server(host), [], resolver);
      assert.equal(!result.ok && result.error.kind === 'rejected' && result.error.code, 'address_refused', host);
    }
  });

  it('lets the channel allow a self-hosted server, by host or host:port only', async () => {
    assert.equal((await resolveEndpoint(server('mail.internal'), ['mail.internal'], resolver)).ok, true);
    assert.equal((await resolveEndpoint(server('mail.internal'), ['mail.internal:993'], resolver)).ok, true);
    assert.equal((await resolveEndpoint(server('mail.internal'), ['mail.internal:143'], resolver)).ok, false);
    assert.equal((await resolveEndpoint(server('::1'), ['[::1]:993'], resolver)).ok, true);
  });

  it('allows plaintext only to allowed hosts', async () => {
    const open = await resolveEndpoint(server('imap.example.com', 'none', 143), [], resolver);
    assert.equal(!open.ok && open.error.kind === 'rejected' && open.error.code, 'tls_required');
    assert.equal((await resolveEndpoint(server('mail.internal', 'none', 143), ['mail.internal'], resolver)).ok, true);
  });

  it('reports an unknown host as transient', async () => {
    const result = await resolveEndpoint(server('nowhere.example.com'), [], resolver);
    assert.equal(!result.ok && result.error.kind, 'transient');
  });
});
