// A channel's limits in one line, e.g. "300 characters · 4 images · 800 posts/h", read from the
// limits stored on the channel (never from the connector's defaults once the channel exists).
import type { AccountLimits } from './types.ts';

const number = new Intl.NumberFormat();

function mediaLabel(media: NonNullable<AccountLimits['media']>): string {
  const images = media.mimeTypes.every((t) => t.startsWith('image/'));
  const noun = images ? (media.maxItems === 1 ? 'image' : 'images') : media.maxItems === 1 ? 'media item' : 'media items';
  return `${number.format(media.maxItems)} ${noun}`;
}

// Rules are stated per window; people compare them per hour (or per day for long windows).
function publishRate(rule: AccountLimits['rateLimits'][number]): string {
  if (rule.windowSeconds > 86_400) return `${number.format(rule.requests)} posts per ${Math.round(rule.windowSeconds / 86_400)} days`;
  if (rule.windowSeconds >= 86_400) return `${number.format(Math.floor((rule.requests * 86_400) / rule.windowSeconds))} posts/day`;
  return `${number.format(Math.floor((rule.requests * 3600) / rule.windowSeconds))} posts/h`;
}

export function limitsSummary(limits: AccountLimits | null, canPublish: boolean): string {
  if (!limits) return 'Not read yet';
  if (!canPublish) return 'Inbound only';
  const parts = [`${number.format(limits.text.maxLength)} characters`];
  parts.push(limits.media ? mediaLabel(limits.media) : 'no media');
  const publish = limits.rateLimits.find((r) => r.scope === 'publish');
  if (publish) parts.push(publishRate(publish));
  if (limits.dailyPublishCap !== null) parts.push(`${number.format(limits.dailyPublishCap)} posts/day`);
  return parts.join(' · ');
}
