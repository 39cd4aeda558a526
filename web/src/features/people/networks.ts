// Network names as people write them, for ids the connectors use.
const names: Record<string, string> = {
  bluesky: 'Bluesky',
  discord: 'Discord',
  email: 'E-mail',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  mastodon: 'Mastodon',
  rss: 'RSS',
  telegram: 'Telegram',
  threads: 'Threads',
  webhook: 'Webhook',
  x: 'X',
  youtube: 'YouTube',
};

export const networkLabel = (network: string) => names[network] ?? network.charAt(0).toUpperCase() + network.slice(1);
export const networkOptions = Object.entries(names)
  .filter(([id]) => id !== 'rss' && id !== 'webhook')
  .map(([value, label]) => ({ value, label }));

/** Where a handle's profile lives on its network, when the handle alone says so. */
export function profileLink(identity: { network: string; handle: string | null; profileUrls?: string[] }): string | null {
  const given = identity.profileUrls?.find((u) => /^https?:\/\//.test(u));
  if (given) return given;
  const handle = identity.handle?.replace(/^@/, '');
  if (!handle) return null;
  switch (identity.network) {
    case 'bluesky':
      return `https://bsky.app/profile/${handle}`;
    case 'mastodon': {
      const [user, host] = handle.split('@');
      return user && host ? `https://${host}/@${user}` : null;
    }
    case 'x':
      return `https://x.com/${handle}`;
    case 'threads':
      return `https://www.threads.net/@${handle}`;
    case 'instagram':
      return `https://www.instagram.com/${handle}`;
    case 'telegram':
      return `https://t.me/${handle}`;
    default:
      return null;
  }
}
