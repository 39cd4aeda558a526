// A network's logo where Tabler has a brand icon for it, a generic plug otherwise.
import { ThemeIcon } from '@mantine/core';
import {
  IconBrandBluesky,
  IconBrandDiscord,
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandMastodon,
  IconBrandTelegram,
  IconBrandThreads,
  IconBrandX,
  IconBrandYoutube,
  IconMail,
  IconPlugConnected,
  IconRss,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react';

const icons: Record<string, { icon: Icon; color: string }> = {
  bluesky: { icon: IconBrandBluesky, color: 'blue' },
  discord: { icon: IconBrandDiscord, color: 'indigo' },
  email: { icon: IconMail, color: 'gray' },
  facebook: { icon: IconBrandFacebook, color: 'blue' },
  instagram: { icon: IconBrandInstagram, color: 'pink' },
  linkedin: { icon: IconBrandLinkedin, color: 'blue' },
  mastodon: { icon: IconBrandMastodon, color: 'violet' },
  rss: { icon: IconRss, color: 'orange' },
  telegram: { icon: IconBrandTelegram, color: 'cyan' },
  threads: { icon: IconBrandThreads, color: 'dark' },
  webhook: { icon: IconWebhook, color: 'grape' },
  x: { icon: IconBrandX, color: 'dark' },
  youtube: { icon: IconBrandYoutube, color: 'red' },
};

export function NetworkIcon({ network, size = 36 }: { network: string; size?: number }) {
  const { icon: Glyph, color } = icons[network] ?? { icon: IconPlugConnected, color: 'gray' };
  return (
    <ThemeIcon variant="light" color={color} size={size} radius="md" aria-hidden>
      <Glyph size={size * 0.6} stroke={1.6} />
    </ThemeIcon>
  );
}
