// Server-sent events (the WHATWG "text/event-stream" format) parsed from a byte stream: events
// are blank-line separated, "event:" names one, "data:" lines are joined with newlines, and lines
// starting with ":" are comments (heartbeats). An event larger than the cap ends the stream
// rather than growing memory without bound; a body that fails (aborted, reset) just ends it.

export type ServerSentEvent = { event: string; data: string; id?: string };

export const MAX_EVENT_BYTES = 1024 * 1024;

export async function* serverSentEvents(body: AsyncIterable<Buffer | string>, opts: { maxEventBytes?: number } = {}): AsyncGenerator<ServerSentEvent> {
  const max = opts.maxEventBytes ?? MAX_EVENT_BYTES;
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  let size = 0;
  try {
    for await (const chunk of body) {
      buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (data.length > 0) yield { event: event || 'message', data: data.join('\n'), ...(id !== undefined && { id }) };
          event = '';
          data = [];
          size = 0;
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        size += line.length;
        if (size > max) return;
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id') id = value;
      }
      if (buffer.length > max) return;
    }
  } catch {
    // The connection failed or was aborted: the stream is over.
  }
}
