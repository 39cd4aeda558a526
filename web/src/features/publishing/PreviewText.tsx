// The previewed text as the network would show it: links and mentions highlighted from the
// preview's segments (the server knows each network's rules; the browser only paints them).
import { Anchor, Text } from '@mantine/core';
import type { PreviewSegment } from './types.ts';

// Without the server's segments (a reviewer cannot ask for them), links are still marked.
// Splitting on a captured pattern alternates text and URL: odd places are the URLs.
const fallbackSegments = (text: string): Pick<PreviewSegment, 'kind' | 'text'>[] =>
  text
    .split(/(https?:\/\/\S+)/)
    .map((t, i) => ({ kind: i % 2 === 1 ? ('link' as const) : ('text' as const), text: t }))
    .filter((s) => s.text !== '');

export function PreviewText({ text, segments }: { text: string; segments: PreviewSegment[] | undefined }) {
  const parts: Pick<PreviewSegment, 'kind' | 'text' | 'href' | 'countsAs'>[] = segments && segments.length > 0 ? segments : fallbackSegments(text);
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
