// The previewed text as the network would show it: links and mentions highlighted from the
// preview's segments (the server knows each network's rules; the browser only paints them).
import { Anchor, Text } from '@mantine/core';
import type { PreviewSegment } from './types.ts';

export function PreviewText({ text, segments }: { text: string; segments: PreviewSegment[] | undefined }) {
  const parts: Pick<PreviewSegment, 'kind' | 'text' | 'href' | 'countsAs'>[] = segments && segments.length > 0 ? segments : [{ kind: 'text', text }];
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((s, i) =>
        s.kind !== 'text' ? (
          <Anchor key={i} component="span" size="sm" data-segment={s.kind} title={s.countsAs !== undefined ? `${s.href ?? s.text} (counts as ${s.countsAs})` : s.href}>
            {s.text}
          </Anchor>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </Text>
  );
}
