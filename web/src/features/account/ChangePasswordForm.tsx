// Change my password. The server signs out my other sessions, so say so.
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, fieldErrorsOf, formLevelError } from '../../api/client.ts';
import { FormError } from '../../ui/FormError.tsx';

const empty = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordForm() {
  const [form, setForm] = useState(empty);
  const change = useMutation({
    mutationFn: () => api.post<void>('/api/v1/auth/password', { currentPassword: form.currentPassword, newPassword: form.newPassword }),
    onSuccess: () => {
      setForm(empty);
      notifications.show({ color: 'green', title: 'Password changed', message: 'Your other sessions were signed out.' });
    },
  });
  const errors = fieldErrorsOf(change.error);
  const tooShort = form.newPassword.length > 0 && form.newPassword.length < 10;
  const mismatch = form.confirm.length > 0 && form.confirm !== form.newPassword;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!tooShort && !mismatch) change.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack maw={420}>
        <PasswordInput label="Current password" required autoComplete="current-password" value={form.currentPassword} onChange={(e) => setForm({ ...form, currentPassword: e.currentTarget.value })} error={errors.currentPassword} />
        <PasswordInput
          label="New password"
          description="At least 10 characters."
          required
          autoComplete="new-password"
          value={form.newPassword}
          onChange={(e) => setForm({ ...form, newPassword: e.currentTarget.value })}
          error={errors.newPassword ?? (tooShort ? 'Use at least 10 characters' : undefined)}
        />
        <PasswordInput
          label="Confirm new password"
          required
          autoComplete="new-password"
          value={form.confirm}
          onChange={(e) => setForm({ ...form, confirm: e.currentTarget.value })}
          error={mismatch ? 'The passwords do not match' : undefined}
        />
        <FormError error={formLevelError(change.error)} />
        <Group>
          <Button type="submit" loading={change.isPending} disabled={tooShort || mismatch}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
