// UTM parameters for the links a post carries, so analytics tools can tell which network,
// channel and campaign brought a visitor. The campaign's template wins over the defaults, and a
// parameter already on the URL (typed by the author) is never replaced.
import type { UtmTemplate } from '../../db/schema/campaigns.ts';

const utmKeys = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** A lowercase ASCII slug: "Été 2026 — Launch!" -> "ete-2026-launch". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type UtmVars = {
  network: string;
  /** The channel's display name; {channel} becomes its slug. */
  channelName: string;
  campaign?: { name: string; utm: UtmTemplate } | null;
};

/**
 * The UTM values for one channel: utm_source = network, utm_medium = social, utm_campaign = the
 * campaign's slug, each overridden by the campaign's template ({channel} and {network} filled in).
 * An empty string in the template drops that parameter.
 */
export function utmValues(vars: UtmVars): Partial<Record<(typeof utmKeys)[number], string>> {
  const defaults: UtmTemplate = { source: vars.network, medium: 'social' };
  if (vars.campaign) defaults.campaign = slugify(vars.campaign.name);
  const merged: UtmTemplate = { ...defaults, ...vars.campaign?.utm };
  const fill = (value: string) => value.replaceAll('{network}', vars.network).replaceAll('{channel}', slugify(vars.channelName));
  const out: Partial<Record<(typeof utmKeys)[number], string>> = {};
  for (const key of utmKeys) {
    const value = merged[key] === undefined ? undefined : fill(merged[key]).trim();
    if (value) out[key] = value;
  }
  return out;
}

/**
 * The URL with the UTM parameters it lacks appended. The rest of the URL is kept byte for byte
 * (re-serialising it through URLSearchParams would re-encode the author's own parameters).
 */
export function withUtm(url: string, values: ReturnType<typeof utmValues>): string {
  let present: Set<string>;
  try {
    present = new Set([...new URL(url).searchParams.keys()].map((k) => k.toLowerCase()));
  } catch {
    return url;
  }
  const added = Object.entries(values)
    .filter(([key]) => !present.has(`utm_${key}`))
    .map(([key, value]) => `utm_${key}=${encodeURIComponent(value)}`);
  if (added.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [beforeHash, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const separator = !beforeHash.includes('?') ? '?' : /[?&]$/.test(beforeHash) ? '' : '&';
  return `${beforeHash}${separator}${added.join('&')}${hash}`;
}
