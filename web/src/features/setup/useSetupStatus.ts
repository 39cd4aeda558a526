// Whether this Tandem still needs its first-run setup (no account exists yet).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const setupStatusKey = ['setup-status'] as const;

export const useSetupStatus = () =>
  useQuery({ queryKey: setupStatusKey, queryFn: () => api.get<{ needed: boolean }>('/api/v1/setup'), staleTime: Infinity });
