// autocannon ships no types; this declares only the part the benches use.
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; pipelining?: number; headers?: Record<string, string> };
  type Result = {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  };
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
