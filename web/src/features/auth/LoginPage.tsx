// Sign in with e-mail and password, then return to the page the person was trying to open.
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, setCsrfToken } from '../../api/client.ts';
import { AuthLayout } from '../../app/AuthLayout.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useSetupStatus } from '../setup/useSetupStatus.ts';
import { sessionKey } from './useSession.ts';

// Only same-app paths, so a crafted link cannot send people elsewhere after signing in.
const safeReturnPath = (from: unknown) => (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/');

export function LoginPage() {
  const setup = useSetupStatus();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const login = useMutation({
    mutationFn: () => api.post<{ csrfToken: string }>('/api/v1/auth/login', { email, password }),
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      await queryClient.resetQueries({ queryKey: sessionKey });
      navigate(safeReturnPath((location.state as { from?: unknown } | null)?.from), { replace: true });
    },
  });

  if (setup.data?.needed) return <Navigate to="/setup" replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };

  return (
    <AuthLayout title="Sign in to Tandem" subtitle="Your team's social and community work, in one place.">
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Email" type="email" required autoComplete="username" data-autofocus value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label="Password" required autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <FormError error={login.error} />
          <Button type="submit" size="md" loading={login.isPending}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
