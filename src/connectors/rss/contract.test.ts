// The shared contract suite for RSS / Atom: the inbox and every error case (a feed only reads).
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { startRssHarness } from './contract-harness.fixture.ts';

runContractSuite('rss', startRssHarness);
