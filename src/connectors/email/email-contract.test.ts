// The shared contract suite against real servers on loopback: Dovecot (IMAP) and smtp-server
// (SMTP, delivering into Dovecot), with alice's channel writing to and hearing from bob.
import { it } from 'node:test';
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { DOVECOT_MISSING, dovecotInstalled } from './testing/dovecot.ts';
import { contractHarness, startMailWorld } from './testing/mail-harness.ts';

if (!dovecotInstalled()) {
  it('connector contract: email', (t) => t.skip(DOVECOT_MISSING));
} else {
  runContractSuite('email', async () => {
    const world = await startMailWorld();
    if (!world) throw new Error(DOVECOT_MISSING);
    return contractHarness(world);
  });
}
