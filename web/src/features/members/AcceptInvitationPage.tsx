// The invitee's page. The token arrives in the URL fragment (never sent to servers or logs);
// it is read once, then removed from the address bar.
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage, fieldErrorsOf, formLevelError, setCsrfToken } from '../../api/client.ts';
import type { InvitationPreview } from '../../api/types.ts';
import { AuthLayout } from '../../app/AuthLayout.tsx';
import { FullPageLoader } from '../../app/FullPageLoader.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { sessionKey } from '../auth/useSession.ts';
import { roleLabels } from '../workspaces/permissions.ts';

export function AcceptInvitationPage() {
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    if (window.location.hash) navigate('/invite', { replace: true });
  }, [navigate]);

  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post<InvitationPreview>('/api/v1/invitations/lookup', { token }),
    enabled: token.length > 0,
    staleTime: Infinity,
  });

  const accept = useMutation({
    mutationFn: () => api.post<{ workspaceId: string; csrfToken: string }>('/api/v1/invitations/accept', { token, password, name: preview.data?.hasAccount ? undefined : name }),
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      await queryClient.resetQueries({ queryKey: sessionKey });
      navigate(`/w/${result.workspaceId}`, { replace: true });
    },
  });
  const errors = fieldErrorsOf(accept.error);

  if (!token || preview.error) {
    return (
      <AuthLayout title="Invitation">
        <Stack>
          <Alert color="orange" title="This invitation cannot be used">
            {token ? errorMessage(preview.error) : 'The link is incomplete. Open the full link from your invitation, or ask for a new one.'}
          </Alert>
          <Button component={Link} to="/login" variant="default">
            Go to sign-in
          </Button>
        </Stack>
      </AuthLayout>
    );
  }
  if (!preview.data) return <FullPageLoader label="Checking the invitation" />;

  const invitation = preview.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate();
  };
  return (
    <AuthLayout title={`Join ${invitation.workspaceName}`} subtitle={`You are invited as ${roleLabels[invitation.role].toLowerCase()}.`}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Email" value={invitation.email} readOnly autoComplete="username" />
          {invitation.hasAccount ? (
            <>
              <Text size="sm" c="dimmed">
                You already have a Tandem account. Confirm your password to join.
              </Text>
              <PasswordInput label="Your password" required autoComplete="current-password" data-autofocus value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} />
            </>
          ) : (
            <>
              <TextInput label="Your name" required autoComplete="name" data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
              <PasswordInput
                label="Choose a password"
                description="At least 10 characters."
                required
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
              />
            </>
          )}
          <FormError error={formLevelError(accept.error)} />
          <Button type="submit" size="md" loading={accept.isPending}>
            Accept invitation
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
