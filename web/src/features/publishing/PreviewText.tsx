// The previewed text as the network would show it: links and mentions highlighted from the
// preview's segments (the server knows each network's rules; the browser only paints them).
import { Anchor, Text } from '@mantine/core';
import type { PreviewSegment } from './types.ts';

const highlighted = new Set(['link', 'url', 'mention', 'hashtag', 'tag']);

export function PreviewText({ text, segments }: { text: string; segments: PreviewSegment[] | undefined }) {
  const parts = segments && segments.length > 0 ? segments : [{ type: 'text', text }];
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((s, i) =>
        highlighted.has(s.type) ? (
          <Anchor key={i} component="span" size="sm" data-segment={s.type} title={s.href ?? undefined}>
            {s.text}
          </Anchor>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </Text>
  );
}
