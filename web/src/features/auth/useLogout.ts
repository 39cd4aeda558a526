// Signs out: ends the session on the server, forgets every cached answer, goes to sign-in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, setCsrfToken } from '../../api/client.ts';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<void>('/api/v1/auth/logout'),
    // Leave even if the server call fails: the person asked to be signed out here.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      navigate('/login', { replace: true });
    },
  });
}
