// nodemailer and imapflow open their own sockets, so safe fetch cannot guard them. This does the
// same check before each connection: resolve the host once, refuse it if any address is not
// public (unless the channel allowlists host[:port]), and hand back the checked address to
// connect to. The TLS servername stays the host name, so certificates are still verified
// against it; connecting to the checked IP leaves no DNS-rebinding window.
import { isIP } from 'node:net';
import type { Result } from '../sdk/result.ts';
import { ok, rejected, transient } from '../sdk/result.ts';
import { isPublicAddress } from '../sdk/safe-fetch/address-policy.ts';
import { isHostAllowed, normaliseHost } from '../sdk/safe-fetch/host-allowlist.ts';
import type { Resolver } from '../sdk/safe-fetch/pinned-lookup.ts';
import { systemResolver } from '../sdk/safe-fetch/pinned-lookup.ts';
import type { ServerConfig } from './config.ts';

export type Endpoint = {
  /** The checked IP address to connect to. */
  address: string;
  port: number;
  /** The configured host name, for SNI and certificate checks; undefined for an IP literal. */
  servername: string | undefined;
  /** TLS is off only for allowlisted hosts (a server on the same machine or network). */
  security: ServerConfig['security'];
};

export async function resolveEndpoint(server: ServerConfig, allowHosts: readonly string[], resolver: Resolver = systemResolver): Promise<Result<Endpoint>> {
  const host = normaliseHost(server.host);
  const literal = isIP(host) !== 0;
  const allowed = isHostAllowed(new URL(`tandem://${literal && host.includes(':') ? `[${host}]` : host}:${server.port}`), allowHosts);
  if (server.security === 'none' && !allowed) return rejected(`${host} may only be reached without TLS when the channel allows it`, 'tls_required');
  let addresses: string[];
  try {
    addresses = literal ? [host] : (await resolver(host)).map((a) => a.address);
  } catch (error) {
    return transient(`host not found: ${host} (${(error as NodeJS.ErrnoException).code ?? 'dns'})`, 'dns');
  }
  const first = addresses[0];
  if (first === undefined) return transient(`host not found: ${host}`, 'dns');
  const refused = allowed ? undefined : addresses.find((a) => !isPublicAddress(a));
  if (refused !== undefined) return rejected(`${host} is a private or local address (${refused})`, 'address_refused');
  return ok({ address: first, port: server.port, servername: literal ? undefined : host, security: server.security });
}
