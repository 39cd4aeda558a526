// Last line of defence: a page that crashed shows this instead of a blank screen.
import { Alert, Button, Center, Stack } from '@mantine/core';
import { useRouteError } from 'react-router';
import { errorMessage } from '../api/client.ts';

export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <Center h="100dvh" p="md">
      <Stack maw={480}>
        <Alert color="red" title="Something went wrong on this page">
          {errorMessage(error)}
        </Alert>
        <Button onClick={() => window.location.assign('/')}>Reload Tandem</Button>
      </Stack>
    </Center>
  );
}
