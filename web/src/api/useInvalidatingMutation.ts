// A mutation that, once done (or failed), marks every query under `queryKey` stale so the lists
// and details it touched are read again.
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

export function useInvalidatingMutation<T, R>(queryKey: QueryKey, fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries({ queryKey }) });
}
