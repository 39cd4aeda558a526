// The API's explanation of a failed request, announced to screen readers as it appears.
import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorMessage } from '../api/client.ts';

export function FormError({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertCircle size={18} />}>
      {errorMessage(error)}
    </Alert>
  );
}
