// Whether this machine runs what the AT Protocol dev-env's AppView needs: PostgreSQL and Redis.
// A fresh machine with only Node.js has neither, and the dev-env tests then skip.
import net from 'node:net';
import pg from 'pg';

export type DevEnvServices = { ok: true; postgresUrl: string; redisHost: string } | { ok: false; reason: string };

function redisAnswers(hostPort: string): Promise<boolean> {
  const [host = '127.0.0.1', port = '6379'] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 1_000 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.on('timeout', () => done(false));
    socket.on('error', () => done(false));
  });
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function devEnvServices(): Promise<DevEnvServices> {
  const postgresUrl = process.env.DEV_ENV_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisHost = process.env.REDIS_HOST ?? '127.0.0.1:6379';
  const [postgres, redis] = await Promise.all([postgresAnswers(postgresUrl), redisAnswers(redisHost)]);
  if (postgres && redis) return { ok: true, postgresUrl, redisHost };
  const missing = [postgres ? '' : `PostgreSQL (${postgresUrl.replace(/\/\/[^@]*@/, '//')}, set DEV_ENV_POSTGRES_URL)`, redis ? '' : `Redis (${redisHost}, set REDIS_HOST)`].filter(Boolean);
  return { ok: false, reason: `the AT Protocol dev-env needs ${missing.join(' and ')}, not reachable here` };
}
