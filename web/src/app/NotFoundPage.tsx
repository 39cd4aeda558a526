import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <EmptyState mt="xl" icon={<IconMapOff />} withIndicatorBackground title="Page not found" description="The address may be mistyped, or the page has moved.">
      <EmptyState.Actions>
        <Button component={Link} to="/">
          Back to Tandem
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
