// JSON.parse turns 1.0 into 1 and rounds integers past 2^53, but jsonb keeps both exactly.
// Numbers whose text would change are kept as raw JSON, which JSON.stringify writes back verbatim.
type RawJsonApi = { rawJSON(text: string): unknown };
type SourceContext = { source?: string } | undefined;

export function parseJsonLosslessly(text: string): unknown {
  return JSON.parse(text, function (this: unknown, _key: string, value: unknown, context?: SourceContext) {
    if (typeof value === 'number' && context?.source !== undefined && String(value) !== context.source) {
      return (JSON as unknown as RawJsonApi).rawJSON(context.source);
    }
    return value;
  } as (key: string, value: unknown) => unknown);
}
