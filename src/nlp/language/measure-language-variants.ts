// Compares tinyld's three profiles (default "normal", light, heavy), alone and inside
// detectLanguage, on the language samples and the English part of the labelled set: accuracy,
// load cost and messages per CPU-second. Run: node src/nlp/language/measure-language-variants.ts
// (a measurement, not a test: its figures are in docs/nlp.md). Each profile is measured in a
// fresh process, so that its load cost is its own.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readLabelledSet } from '../evaluation/labelled-set.ts';
import type { DetectAll } from './detect-language.ts';
import { readLanguageSamples } from './language-samples.ts';

// The labelled set is English apart from these lines (non-ASCII letters, or kana).
const nonEnglish = /[\u00c0-\u024f\u3040-\u30ff\u4e00-\u9fff]|\b(?:je|vous|gracias|danke|obrigado|encanta)\b/i;

function cpuRate(detect: (text: string) => unknown, texts: string[], rounds = 20_000): number {
  for (let i = 0; i < 2_000; i++) detect(texts[i % texts.length]!);
  const start = process.cpuUsage();
  for (let i = 0; i < rounds; i++) detect(texts[i % texts.length]!);
  const used = process.cpuUsage(start);
  return Math.round(rounds / ((used.user + used.system) / 1e6));
}

async function loadProfile(specifier: string): Promise<{ detectAll: DetectAll; loadMs: number; rssMb: number }> {
  const rss = process.memoryUsage().rss;
  const start = process.cpuUsage();
  const module = (await import(specifier)) as { detectAll: DetectAll };
  module.detectAll('warm up the profile');
  const used = process.cpuUsage(start);
  return { detectAll: module.detectAll, loadMs: Math.round((used.user + used.system) / 1000), rssMb: Math.round((process.memoryUsage().rss - rss) / 1e6) };
}

async function measure(specifier: string): Promise<void> {
  const samples = readLanguageSamples();
  const english = readLabelledSet().filter((message) => !nonEnglish.test(message.text)).map((message) => message.text);
  const mixed = [...samples.map((sample) => sample.text), ...english];
  const profile = await loadProfile(specifier);
  // Imported after the profile, so that loading the default profile (which it imports) is not counted for the others.
  const { languageDetector } = await import('./detect-language.ts');
  const plain = (text: string): string | null => profile.detectAll(text)[0]?.lang ?? null;
  const ours = languageDetector(profile.detectAll);
  for (const [name, detect] of [['alone', plain], ['in detectLanguage', ours]] as const) {
    const samplesRight = samples.filter((sample) => detect(sample.text) === sample.language).length;
    const answers = english.map((text) => detect(text));
    const englishRight = answers.filter((answer) => answer === 'en').length;
    const englishNull = answers.filter((answer) => answer === null).length;
    console.log(
      `${specifier.padEnd(13)} ${name.padEnd(18)} load ${profile.loadMs} ms cpu, +${profile.rssMb} MB rss | samples ${samplesRight}/${samples.length}`
      + ` | English ${englishRight}/${english.length} right, ${englishNull} null, ${english.length - englishRight - englishNull} wrong | ${cpuRate(detect, mixed)} msg/cpu-s`,
    );
  }
}

const profileArgument = process.argv[2];
if (import.meta.main && profileArgument !== undefined) await measure(profileArgument);
if (import.meta.main && profileArgument === undefined) {
  console.log(`${readLanguageSamples().length} language samples; English = the labelled set without its non-English lines`);
  for (const specifier of ['tinyld', 'tinyld/light', 'tinyld/heavy']) {
    process.stdout.write(execFileSync(process.execPath, [fileURLToPath(import.meta.url), specifier], { encoding: 'utf8' }));
  }
}
