// The period of a report: the last `days` days up to the next whole minute, as ISO times. Whole
// minutes, so the range (and the query key made from it) stays put between renders.
import { useMemo } from 'react';

export function useLastDays(days: number): { from: string; to: string } {
  return useMemo(() => {
    const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    return { from: new Date(to.getTime() - days * 86_400_000).toISOString(), to: to.toISOString() };
  }, [days]);
}
