// `tandem keys rotate`: re-seals every secret with the current key. With TANDEM_ENCRYPTION_KEY,
// set the new key there and the old one(s) in TANDEM_ENCRYPTION_KEY_PREVIOUS first; with the
// generated key file, this command makes the new key itself and keeps the old one in
// encryption.key.previous until every secret is re-sealed. Safe to run again after a failure.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { resealSecrets } from '../../core/channels/rotate-keys.ts';
import { systemActor, systemClock } from '../../core/shared/context.ts';
import { beginKeyFileRotation, finishKeyFileRotation, loadKeyring } from '../../crypto/load-keyring.ts';
import { openDatabase } from '../../db/client.ts';
import { parseOptions } from './channel-cli.ts';
import type { Command } from './index.ts';

export const keysRotateCommand: Command = {
  summary: 'Re-encrypt every stored secret with the current (or a new generated) key',
  usage: '[--batch-size <n>]\n\nStop Tandem first when it uses the generated key file (DATA_DIR/encryption.key).',
  async run(args) {
    const { values } = parseArgs({ args, options: { 'batch-size': { type: 'string' } }, strict: true });
    const options = parseOptions(z.object({ 'batch-size': z.coerce.number('--batch-size must be a whole number').int().min(1).max(10_000).default(200) }), values);
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const fromFile = !config.encryptionKey;
      if (fromFile) {
        loadKeyring(config); // creates the key file on a fresh install
        const { resumed } = beginKeyFileRotation(config.dataDir);
        console.error(resumed ? 'Resuming an interrupted rotation.' : 'Generated a new key; the old one stays in encryption.key.previous until this finishes.');
      } else if (config.previousEncryptionKeys.length === 0) {
        console.error('TANDEM_ENCRYPTION_KEY_PREVIOUS is empty: only secrets already readable with TANDEM_ENCRYPTION_KEY can be re-sealed.');
      }
      const keyring = loadKeyring(config);
      const report = await resealSecrets({ db: database.db, clock: systemClock, actor: systemActor('cli'), keyring }, { batchSize: options['batch-size'] });
      for (const [column, count] of Object.entries(report.resealed)) console.log(`${column}: ${count} re-sealed`);
      if (report.unreadable.length > 0) {
        console.error(`${report.unreadable.length} secret(s) open with no known key (${report.unreadable.map((u) => `${u.column} ${u.id}`).join(', ')}); add the missing key and run again.`);
        return 1;
      }
      if (fromFile) finishKeyFileRotation(config.dataDir);
      console.error(`Every secret is sealed with key ${report.keyId}.${fromFile ? '' : ' TANDEM_ENCRYPTION_KEY_PREVIOUS can be removed now.'}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
