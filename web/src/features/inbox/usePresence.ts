// Live collision: while a conversation is open this tab tells the server every 5 s that the
// person is viewing it (or replying, while they type), reads who else is there every 2 s, and
// says goodbye when it closes, so teammates do not answer the same person twice.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../api/client.ts';
import type { PresenceOther, PresenceState } from '../../api/inbox-types.ts';
import { conversationPath, inboxKey } from './inbox-api.ts';

const heartbeatMs = 5_000;
const pollMs = 2_000;

export function usePresence(workspaceId: string, conversationId: string, state: PresenceState): PresenceOther[] {
  const path = `${conversationPath(workspaceId, conversationId)}/presence`;
  const key = [...inboxKey(workspaceId), 'presence', conversationId];
  const queryClient = useQueryClient();
  // A heartbeat answers with the others too: what it says is shown without waiting for the poll.
  const tell = (now: PresenceState) =>
    api
      .put<{ others: PresenceOther[] }>(path, { state: now })
      .then((answer) => queryClient.setQueryData(key, answer))
      .catch(() => undefined);
  // The latest state, read by the interval without restarting it on every keystroke.
  const stateRef = useRef(state);
  const sent = useRef<PresenceState | null>(null);

  useEffect(() => {
    const beat = () => {
      sent.current = stateRef.current;
      void tell(stateRef.current);
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
      void tell(state);
    }
  }, [state, path]);

  const others = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ others: PresenceOther[] }>(path),
    refetchInterval: pollMs,
    refetchIntervalInBackground: false,
    retry: false,
    staleTime: 0,
  });
  return others.data?.others ?? [];
}
