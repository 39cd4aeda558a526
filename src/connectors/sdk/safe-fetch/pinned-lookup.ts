// A `lookup` for node:http(s) that resolves every address of a host, refuses the connection if
// any of them is not public (unless the host is allowlisted), and hands the socket exactly the
// addresses it checked. Because the check and the connection use the same answer, a DNS server
// that answers "public" to the check and "private" to the connection (DNS rebinding) cannot win.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from './address-policy.ts';

export type ResolvedAddress = { address: string; family: number };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Raised inside the lookup so the request fails with a code safe-fetch maps to `rejected`. */
export class AddressRefusedError extends Error {
  readonly code = 'TANDEM_ADDRESS_REFUSED';
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to a private or local address (${address})`);
  }
}

export function pinnedLookup(resolver: Resolver, checkAddresses: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (all) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const usable = all.filter((a) => family === 0 || a.family === family);
        const refused = checkAddresses ? all.find((a) => !isPublicAddress(a.address)) : undefined;
        const first = usable[0];
        if (refused) callback(new AddressRefusedError(hostname, refused.address), '', 0);
        else if (first === undefined) callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        // autoSelectFamily (the default since Node 20) asks for every address at once.
        else if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}
