// A loopback HTTP receiver for outbound webhook tests: answers with the statuses it is given in
// turn (the last one repeats) and verifies every request's signature as a real receiver would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSignature } from '../signature.ts';

export type Received = { headers: http.IncomingHttpHeaders; body: string; signatureOk: boolean };

export async function startReceiver(secretOf: () => string, statuses: number[] = [200]) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const ts = req.headers['x-tandem-timestamp'] as string | undefined;
      // Verify against the timestamp's own time: the tests drive Tandem's clock, not the receiver's.
      const now = new Date(Number(ts) * 1000);
      const signatureOk = checkSignature({ secret: secretOf(), timestamp: ts, signature: req.headers['x-tandem-signature'] as string | undefined, body, now }) === 'ok';
      received.push({ headers: req.headers, body, signatureOk });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      res.writeHead(signatureOk ? status : 401).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    host: `127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
