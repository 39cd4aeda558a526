// A channel's explicit allowlist of self-hosted hosts ("mastodon.internal", "127.0.0.1:8080",
// "[::1]:3000") that may resolve to private or loopback addresses. An entry without a port
// allows every port of that host.

export function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

function parseEntry(entry: string): { host: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry.trim());
  if (bracketed) return { host: normaliseHost(bracketed[1] ?? ''), ...(bracketed[2] ? { port: bracketed[2] } : {}) };
  const hostPort = /^([^:]+):(\d+)$/.exec(entry.trim());
  if (hostPort) return { host: normaliseHost(hostPort[1] ?? ''), port: hostPort[2] ?? '' };
  return { host: normaliseHost(entry.trim()) };
}

export const defaultPort = (url: URL): string => url.port || (url.protocol === 'https:' ? '443' : '80');

export function isHostAllowed(url: URL, allowHosts: readonly string[]): boolean {
  const host = normaliseHost(url.hostname);
  const port = defaultPort(url);
  return allowHosts.some((entry) => {
    const allowed = parseEntry(entry);
    return allowed.host === host && (allowed.port === undefined || allowed.port === port);
  });
}
