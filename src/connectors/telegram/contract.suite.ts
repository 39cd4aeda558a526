// Run by contract.test.ts (in a child test run, see there), not directly by `npm test`.
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { startTelegramHarness } from './contract-harness.fixture.ts';

runContractSuite('telegram', startTelegramHarness);
