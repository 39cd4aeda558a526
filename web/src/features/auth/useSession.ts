// The signed-in person and their workspaces. Reading the session also refreshes the CSRF token
// the API client echoes on unsafe requests.
import { useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';

export const sessionKey = ['session'] as const;

export async function fetchSession(): Promise<Session> {
  const session = await api.get<Session>('/api/v1/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export const useSession = () => useQuery({ queryKey: sessionKey, queryFn: fetchSession });

/** For components rendered under RequireSession, where the session is known to be loaded. */
export function useSignedInSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInSession used outside RequireSession');
  return data;
}
