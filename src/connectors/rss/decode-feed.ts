// Bytes to text for a feed whose declared charset may be wrong. Order: a byte-order mark wins;
// then bytes that are valid UTF-8 are read as UTF-8 whatever the Content-Type says (servers often
// send "charset=utf-8" by default); otherwise the XML declaration's encoding, then the
// Content-Type's charset, then windows-1252 (the usual truth behind "ISO-8859-1" bytes).
import { TextDecoder } from 'node:util';

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // an encoding Node does not know
  }
}

export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(encoding).decode(bytes.subarray(bom.length));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to what the document and the server claim.
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const fromHeader = /charset\s*=\s*"?([A-Za-z0-9._-]+)/i.exec(contentType ?? '')?.[1];
  const usable = [declared, fromHeader].filter((l) => l !== undefined && !/^utf-?8$/i.test(l));
  const decoder = usable.map(decoderFor).find((d) => d !== undefined) ?? new TextDecoder('windows-1252');
  return decoder.decode(bytes);
}
