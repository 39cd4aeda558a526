// Builds the exact bytes we send, once: the same message goes to SMTP and to the Sent mailbox,
// so read-back finds what the recipients got.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MediaItem } from '../sdk/operations.ts';
import type { EmailConfig } from './config.ts';

export type Outgoing = {
  messageId: string;
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  text: string;
  media: readonly MediaItem[];
  inReplyTo?: string | undefined;
  references?: readonly string[] | undefined;
  date: Date;
};

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'video/mp4': 'mp4', 'application/pdf': 'pdf' };

/** The alt text names the file (so it shows in every client) and is its Content-Description. */
function attachmentOf(item: MediaItem, index: number) {
  const extension = EXTENSIONS[item.mimeType] ?? item.mimeType.split('/')[1]?.replace(/[^a-z0-9]/g, '') ?? 'bin';
  const stem = (item.altText ?? '').normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return {
    filename: `${stem || `attachment-${index + 1}`}.${extension}`,
    content: Buffer.from(item.bytes),
    contentType: item.mimeType,
    ...(item.altText ? { headers: { 'Content-Description': item.altText.replace(/\s+/g, ' ').slice(0, 500) } } : {}),
  };
}

/** A subject for a first message: the first line of its text, cut at 78 characters. */
export function subjectFromText(text: string): string {
  const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
  const chars = [...firstLine];
  return chars.length > 78 ? `${chars.slice(0, 77).join('')}…` : firstLine;
}

export function composeMessage(config: EmailConfig, mail: Outgoing): Promise<Buffer> {
  const composer = new MailComposer({
    from: config.from.name ? { name: config.from.name, address: config.from.address } : config.from.address,
    to: [...mail.to],
    cc: [...mail.cc],
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    date: mail.date,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references?.length ? { references: [...mail.references] } : {}),
    attachments: mail.media.map(attachmentOf),
    // Content never comes from files or URLs: only the bytes we were given.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
