// Shows a failed action as a notification, for actions taken from a table row (no form to hold the error).
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client.ts';

export const notifyFailure = (title: string) => (error: unknown) => notifications.show({ color: 'red', title, message: errorMessage(error) });
