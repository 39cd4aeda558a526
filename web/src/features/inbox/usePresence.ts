// Live collision: while a conversation is open this tab tells the server every 5 s that the
// person is viewing it (or replying, while they type), reads who else is there every 2 s, and
// says goodbye when it closes, so teammates do not answer the same person twice.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../api/client.ts';
import type { PresenceOther, PresenceState } from '../../api/inbox-types.ts';
import { conversationPath, inboxKey } from './inbox-api.ts';

const heartbeatMs = 5_000;
const pollMs = 2_000;

export function usePresence(workspaceId: string, conversationId: string, state: PresenceState): PresenceOther[] {
  const path = `${conversationPath(workspaceId, conversationId)}/presence`;
  // The latest state, read by the interval without restarting it on every keystroke.
  const stateRef = useRef(state);
  const sent = useRef<PresenceState | null>(null);

  useEffect(() => {
    const beat = () => {
      sent.current = stateRef.current;
      api.put(path, { state: stateRef.current }).catch(() => undefined);
    };
    beat();
    const timer = window.setInterval(beat, heartbeatMs);
    const leave = () => void api.delete(path).catch(() => undefined);
    window.addEventListener('pagehide', leave);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      sent.current = null;
      leave();
    };
  }, [path]);

  // A change of state is told at once rather than at the next beat.
  useEffect(() => {
    stateRef.current = state;
    if (sent.current !== null && sent.current !== state) {
      sent.current = state;
      api.put(path, { state }).catch(() => undefined);
    }
  }, [state, path]);

  const others = useQuery({
    queryKey: [...inboxKey(workspaceId), 'presence', conversationId],
    queryFn: () => api.get<{ others: PresenceOther[] }>(path),
    refetchInterval: pollMs,
    refetchIntervalInBackground: false,
    retry: false,
    staleTime: 0,
  });
  return others.data?.others ?? [];
}
