// A real IMAP server for the tests: Debian's Dovecot, started unprivileged-style from a generated
// config in a temp dir (loopback, a free port, Maildir, a passwd-file of test users, no TLS),
// stopped at the end. `startDovecot()` returns undefined when Dovecot is not installed, so the
// tests that need it skip (install: apt-get install -y dovecot-imapd).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../testing/free-port.ts';

export const DOVECOT_MISSING = 'Dovecot is not installed (apt-get install -y dovecot-imapd): skipping the tests against a real IMAP server';

export type Dovecot = { host: string; port: number; dir: string; stop(): Promise<void> };

const DOVECOT_BINARY = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((path) => existsSync(path));

export const dovecotInstalled = (): boolean => DOVECOT_BINARY !== undefined;

// As root, Dovecot drops to its own system users (the Debian package creates them); as anyone
// else, every process runs as that user.
function accounts(): { login: string; internal: string; mail?: { uid: number; gid: number; name: string } } {
  if (process.getuid?.() !== 0) return { login: userInfo().username, internal: userInfo().username };
  const line = spawnSync('getent', ['passwd', 'dovecot'], { encoding: 'utf8' }).stdout.split(':');
  return { login: 'dovenull', internal: 'dovecot', mail: { name: 'dovecot', uid: Number(line[2]), gid: Number(line[3]) } };
}

function configText(dir: string, port: number, users: ReturnType<typeof accounts>): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = tandem-test-${port}
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = ${users.login}
default_internal_user = ${users.internal}
${users.mail ? `mail_uid = ${users.mail.name}\nmail_gid = ${users.mail.gid}\nfirst_valid_uid = 1\n` : ''}mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = home=${dir}/mail/%u
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
# No growing delay after the tests' deliberate wrong passwords (Dovecot's auth penalty).
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

async function waitForPort(port: number, child: ChildProcess, logPath: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`dovecot exited: ${await readFile(logPath, 'utf8').catch(() => '')}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('dovecot did not start listening within 5 s');
}

/** Starts Dovecot with these users (name → password); undefined when it is not installed. */
export async function startDovecot(users: Record<string, string>): Promise<Dovecot | undefined> {
  if (!DOVECOT_BINARY) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'tandem-dovecot-'));
  const who = accounts();
  await chmod(dir, 0o755);
  await Promise.all(['run', 'state', 'mail'].map((sub) => mkdir(join(dir, sub))));
  if (who.mail) await chown(join(dir, 'mail'), who.mail.uid, who.mail.gid);
  await writeFile(join(dir, 'passwd'), Object.entries(users).map(([user, password]) => `${user}:{PLAIN}${password}::::::\n`).join(''));
  const port = await freePort();
  const confPath = join(dir, 'dovecot.conf');
  await writeFile(confPath, configText(dir, port, who));
  const child = spawn(DOVECOT_BINARY, ['-F', '-c', confPath], { stdio: 'ignore' });
  await waitForPort(port, child, join(dir, 'dovecot.log'));
  return {
    host: '127.0.0.1',
    port,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
