// Gate for every signed-in page: sends a fresh install to setup and a signed-out visitor to the
// sign-in page, remembering where they were going.
import { Alert, Button, Center, Stack } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiError, errorMessage } from '../api/client.ts';
import { useSession } from '../features/auth/useSession.ts';
import { useSetupStatus } from '../features/setup/useSetupStatus.ts';
import { FullPageLoader } from './FullPageLoader.tsx';

export function RequireSession() {
  const location = useLocation();
  const setup = useSetupStatus();
  const session = useSession();

  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (session.isPending || setup.isPending) return <FullPageLoader />;
  if (session.error instanceof ApiError && session.error.status === 401) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (session.error) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={420}>
          <Alert color="red" title="Tandem could not load your session">
            {errorMessage(session.error)}
          </Alert>
          <Button onClick={() => session.refetch()}>Try again</Button>
        </Stack>
      </Center>
    );
  }
  return <Outlet />;
}
