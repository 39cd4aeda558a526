// The form every rule table reads: lower case, typographic quotes made plain, and runs of three or
// more of the same letter cut to two ("sooo goood" -> "soo good"), so patterns need not spell
// every stretched variant. Computed once per message.
const curlySingle = /[\u2018\u2019\u02bc]/g;
const curlyDouble = /[\u201c\u201d\u00ab\u00bb]/g;
const stretched = /(\p{L})\1{2,}/gu;

export function normaliseForRules(text: string): string {
  return text.toLowerCase().replace(curlySingle, "'").replace(curlyDouble, '"').replace(stretched, '$1$1');
}
