// The second step of connecting: the network's own settings, generated from its config schema,
// and its credentials. OAuth networks send the person to the network to sign in instead.
import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { fieldsOf, initialValues, toConfig, type FormValues } from './config-schema.ts';
import { CredentialInputs } from './CredentialInputs.tsx';
import { ConfigFields } from './ConfigFields.tsx';
import type { ConnectorInfo } from './types.ts';
import { useConnectChannel, useStartOAuth } from './useChannels.ts';

type Props = { connector: ConnectorInfo; onBack: () => void; onDone: () => void };

export function ConnectForm({ connector, onBack, onDone }: Props) {
  const { workspace } = useCurrentWorkspace();
  const connect = useConnectChannel(workspace.id);
  const startOAuth = useStartOAuth(workspace.id);
  const fields = useMemo(() => fieldsOf(connector.configJsonSchema), [connector]);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields));
  const [credentials, setCredentials] = useState<Record<string, string>>({});
  const [displayName, setDisplayName] = useState('');
  const [localError, setLocalError] = useState<Error | null>(null);
  // OAuth networks sign in on the network; pasting an access token (from the network's developer
  // settings) stays possible for those who have one.
  const [pasteToken, setPasteToken] = useState(false);
  const oauth = connector.auth === 'oauth2-pkce' && !pasteToken;
  const error = localError ?? connect.error ?? startOAuth.error;
  const errors = fieldErrorsOf(error);
  const fieldError = (name: string) => errors[`config.${name}`] ?? errors[name];
  // The summary shows whenever no input shows the problem itself.
  const shownByInput = errors.displayName || fields.some((f) => fieldError(f.name)) || connector.credentialFields.some((f) => errors[`credentials.${f.name}`] ?? errors[f.name]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setLocalError(null);
    let config: Record<string, unknown>;
    try {
      config = toConfig(fields, values);
    } catch (err) {
      setLocalError(err as Error);
      return;
    }
    if (oauth) {
      startOAuth.mutate({ network: connector.id, config });
      return;
    }
    const input = { network: connector.id, config, displayName: displayName.trim() || undefined, credentials: connector.credentialFields.length ? credentials : undefined };
    connect.mutate(input, {
      onSuccess: (channel) => {
        notifications.show({ color: 'green', title: 'Channel connected', message: `${channel.displayName} is connected.` });
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {oauth ? null : (
          <TextInput
            label="Display name"
            description="How the channel is named in Tandem; by default, the account's own name."
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={errors.displayName}
          />
        )}
        <ConfigFields fields={fields} values={values} onChange={(name, v) => setValues((prev) => ({ ...prev, [name]: v }))} errorOf={fieldError} />
        {oauth ? (
          <Alert variant="light" icon={<IconInfoCircle size={18} />}>
            You will sign in on {connector.displayName} and come back here once you have allowed Tandem.{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => setPasteToken(true)}>
              Paste an access token instead
            </Anchor>
          </Alert>
        ) : (
          <CredentialInputs fields={connector.credentialFields} values={credentials} onChange={setCredentials} errors={errors} />
        )}
        <FormError error={shownByInput ? null : error} title="The channel could not be connected" />
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            Back
          </Button>
          <Button type="submit" loading={connect.isPending || startOAuth.isPending}>
            {oauth ? `Continue to ${connector.displayName}` : 'Connect'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
