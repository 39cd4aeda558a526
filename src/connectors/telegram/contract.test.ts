// The shared contract suite for Telegram. Its idempotency is `unverifiable` (see README), so the
// suite runs no read-back case and checks that the connector offers no lookup.
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { startTelegramHarness } from './contract-harness.fixture.ts';

runContractSuite('telegram', startTelegramHarness);
