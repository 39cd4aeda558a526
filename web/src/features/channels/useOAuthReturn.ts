// Back from a network's sign-in, the callback lands on ?connected=<channelId> or ?error=<code>:
// say what happened once, then take the parameter out of the address bar.
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

const errorMessages: Record<string, string> = {
  oauth_failed: 'The sign-in was cancelled, took longer than ten minutes, or was started in another browser. Please start again.',
  channel_auth_failed: 'The network did not accept the authorisation. Please try again.',
  channel_rejected: 'The network refused the connection.',
  channel_unreachable: 'The network could not be reached. Try again in a few minutes.',
};

export function useOAuthReturn() {
  const [params, setParams] = useSearchParams();
  const connected = params.get('connected');
  const error = params.get('error');
  useEffect(() => {
    if (!connected && !error) return;
    if (connected) notifications.show({ color: 'green', title: 'Channel connected', message: 'The account is connected and ready.' });
    else notifications.show({ color: 'red', title: 'The channel was not connected', message: errorMessages[error!] ?? `The network answered “${error}”.`, autoClose: false });
    setParams(
      (prev) => {
        prev.delete('connected');
        prev.delete('error');
        return prev;
      },
      { replace: true },
    );
  }, [connected, error, setParams]);
  return connected;
}
