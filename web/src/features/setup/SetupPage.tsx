// First run: create the owner account and the first workspace, then go straight in.
import { Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { api, fieldErrorsOf, formLevelError, setCsrfToken } from '../../api/client.ts';
import { AuthLayout } from '../../app/AuthLayout.tsx';
import { FullPageLoader } from '../../app/FullPageLoader.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { sessionKey } from '../auth/useSession.ts';
import { browserTimeZone, TimeZoneSelect } from '../workspaces/TimeZoneSelect.tsx';
import { setupStatusKey, useSetupStatus } from './useSetupStatus.ts';

export function SetupPage() {
  const status = useSetupStatus();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', email: '', password: '', workspaceName: '', timeZone: browserTimeZone() });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const setup = useMutation({
    mutationFn: () => api.post<{ userId: string; workspaceId: string; csrfToken: string }>('/api/v1/setup', form),
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      queryClient.setQueryData(setupStatusKey, { needed: false });
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      navigate(`/w/${result.workspaceId}`, { replace: true });
    },
  });
  const errors = fieldErrorsOf(setup.error);

  if (status.isPending) return <FullPageLoader />;
  if (status.data && !status.data.needed && !setup.isSuccess) return <Navigate to="/login" replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate();
  };
  const tooShort = form.password.length > 0 && form.password.length < 10;

  return (
    <AuthLayout title="Welcome to Tandem" subtitle="Create the owner account and your first workspace." width={480}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Your name" required autoComplete="name" data-autofocus value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name} />
          <TextInput label="Email" type="email" required autoComplete="email" value={form.email} onChange={(e) => set('email')(e.currentTarget.value)} error={errors.email} />
          <PasswordInput
            label="Password"
            description="At least 10 characters."
            required
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => set('password')(e.currentTarget.value)}
            error={errors.password ?? (tooShort ? 'Use at least 10 characters' : undefined)}
          />
          <Divider label="Your first workspace" labelPosition="left" />
          <TextInput
            label="Workspace name"
            description="Usually the brand; you can add more workspaces later."
            required
            value={form.workspaceName}
            onChange={(e) => set('workspaceName')(e.currentTarget.value)}
            error={errors.workspaceName}
          />
          <TimeZoneSelect value={form.timeZone} onChange={(v) => v && set('timeZone')(v)} error={errors.timeZone} />
          <FormError error={formLevelError(setup.error)} />
          <Button type="submit" size="md" loading={setup.isPending} disabled={tooShort}>
            Create account and workspace
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
