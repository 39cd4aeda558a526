// The short messages in several languages (language-samples.tsv: language<TAB>text) that the
// language tests and measurements check detectLanguage against.
import { readFileSync } from 'node:fs';

export interface Sample {
  language: string;
  text: string;
}

export function readLanguageSamples(): Sample[] {
  const rows = readFileSync(new URL('./language-samples.tsv', import.meta.url), 'utf8').split('\n').slice(1);
  return rows.filter((row) => row.trim() !== '').map((row) => {
    const [language = '', text = ''] = row.split('\t');
    return { language, text };
  });
}
