// What the post commands share: one line per post for the terminal, with its channels and states.
import type { PostView } from '../../core/publishing/posts/post-view.ts';

/** id, state, time (or "unscheduled"), channels with their target state, the first line of the text. */
export function describePost(p: PostView): string {
  const when = p.scheduledAt ? p.scheduledAt.toISOString() : 'unscheduled';
  const channels = p.targets.map((t) => `${t.channelName}:${t.state}`).join(',');
  const firstLine = p.text.split('\n')[0]!;
  return [p.id, p.state, when, channels, firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine].join('\t');
}
