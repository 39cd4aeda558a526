// The composer's preview of a variant on one channel, through the channel's counting rule.
import type { CountingRuleId } from '../../../../connectors/sdk/counting/index.ts';
import { toSegments, type Preview } from './segment-types.ts';
import { segmenters } from './segmenters.ts';

export type { Preview, PreviewSegment } from './segment-types.ts';

export function previewText(rule: CountingRuleId, text: string): Preview {
  return { text, segments: toSegments(text, segmenters[rule](text)) };
}
