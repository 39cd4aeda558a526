// The channels a post can go to: active ones whose connector publishes, with what each supports
// (threads, a first comment as a reply, media) read from the connector's capabilities.
import { useChannels, useConnectors } from '../channels/useChannels.ts';
import type { Channel } from '../channels/types.ts';

export type PublishChannel = Channel & { supportsThread: boolean; supportsFirstComment: boolean; networkName: string };

export function usePublishChannels(workspaceId: string, enabled = true) {
  const channels = useChannels(workspaceId);
  const connectors = useConnectors();
  const byId = new Map((connectors.data ?? []).map((c) => [c.id, c]));
  const list: PublishChannel[] | undefined =
    enabled && channels.data && connectors.data
      ? channels.data
          .filter((c) => c.status === 'active' && (byId.get(c.network)?.capabilities.includes('publish') ?? false))
          .map((c) => {
            const caps = byId.get(c.network)?.capabilities ?? [];
            return { ...c, supportsThread: caps.includes('thread'), supportsFirstComment: caps.includes('reply'), networkName: byId.get(c.network)?.displayName ?? c.network };
          })
      : undefined;
  return { channels: list, error: channels.error ?? connectors.error };
}
