// A loopback Bot API for tests, following core.telegram.org/bots/api: requests are
// POST /bot<token>/<method> with a JSON or multipart/form-data body ("attach://<name>" points at a
// file part); answers are {ok:true, result} or {ok:false, error_code, description, parameters}
// (ResponseParameters: retry_after, migrate_to_chat_id). Objects follow the reference's Update,
// Message, Chat and User shapes. Error descriptions are the ones Telegram sends ("Bad Request:
// chat not found", "Forbidden: bot was kicked from the group chat" ...).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Failure, NetworkView } from '../sdk/contract/harness.ts';
import type { ModerationAction } from '../sdk/operations.ts';

type Chat = { id: number; type: 'channel' | 'supergroup' | 'group'; title: string; username?: string };
type User = { id: number; is_bot: boolean; first_name: string; username?: string };
type Message = {
  message_id: number; date: number; chat: Chat; from?: User; sender_chat?: Chat; text?: string; caption?: string;
  photo?: Array<{ file_id: string; file_unique_id: string; width: number; height: number; file_size: number }>;
  media_group_id?: string; reply_to_message?: Message;
};
type Update = { update_id: number; message?: Message; channel_post?: Message; edited_message?: Message };
type Fields = Record<string, unknown>;
type Answer = { status: number; body: unknown; headers?: Record<string, string> };

export const CHANNEL: Chat = { id: -1001111111111, type: 'channel', title: 'Tandem news', username: 'tandem_news' };
export const GROUP: Chat = { id: -1002222222222, type: 'supergroup', title: 'Tandem community' };
export const BOT: User = { id: 424242, is_bot: true, first_name: 'Tandem', username: 'tandem_bot' };

export type FakeBotApi = NetworkView & {
  apiRoot: string;
  host: string;
  /** Every method called, in order, with its parsed parameters. */
  calls: Array<{ method: string; params: Fields }>;
  pushUpdate(update: Omit<Update, 'update_id'>): number;
  answerNext(answer: Answer): void;
  close(): Promise<void>;
};

const okAnswer = (result: unknown): Answer => ({ status: 200, body: { ok: true, result } });
const fail = (code: number, description: string, parameters?: object): Answer => ({ status: code, body: { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) } });
const badRequest = (what: string) => fail(400, `Bad Request: ${what}`);

async function parseBody(req: http.IncomingMessage, raw: Buffer): Promise<{ fields: Fields; files: Map<string, Uint8Array> }> {
  const type = req.headers['content-type'] ?? '';
  const files = new Map<string, Uint8Array>();
  if (type.startsWith('application/json')) return { fields: JSON.parse(raw.toString()) as Fields, files };
  if (!type.startsWith('multipart/form-data')) return { fields: {}, files };
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
  const fields: Fields = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') files.set(name, new Uint8Array(await value.arrayBuffer()));
    // Multipart carries every value as text; objects arrive JSON-encoded.
    else fields[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return { fields, files };
}

export async function startFakeBotApi(token: string): Promise<FakeBotApi> {
  const chats = [CHANNEL, GROUP];
  const messages: Message[] = [];
  const updates: Update[] = [];
  const moderation: Array<{ method: string; chatId: number; userId: number }> = [];
  const deleted: string[] = [];
  const calls: FakeBotApi['calls'] = [];
  const nextId = new Map<number, number>();
  let updateSeq = 500;
  let userSeq = 7000;
  let nextFailure: Failure | undefined;
  let nextAnswer: Answer | undefined;

  const findChat = (id: unknown) => chats.find((c) => String(c.id) === String(id) || (c.username !== undefined && `@${c.username}` === id));
  const newMessage = (chat: Chat, fields: Partial<Message>): Message => {
    const message_id = (nextId.get(chat.id) ?? 0) + 1;
    nextId.set(chat.id, message_id);
    const sender = chat.type === 'channel' ? { sender_chat: chat } : { from: BOT };
    const message: Message = { message_id, date: Math.floor(Date.now() / 1000), chat, ...sender, ...fields };
    messages.push(message);
    return message;
  };
  const photoOf = (bytes: Uint8Array) => [{ file_id: `f${bytes.length}`, file_unique_id: `u${bytes.length}`, width: 1, height: 1, file_size: bytes.length }];

  function send(method: string, p: Fields, files: Map<string, Uint8Array>): Answer {
    const chat = findChat(p.chat_id);
    if (!chat) return badRequest('chat not found');
    const replyId = (p.reply_parameters as { message_id?: number } | undefined)?.message_id;
    const answered = replyId === undefined ? undefined : messages.find((m) => m.chat.id === chat.id && m.message_id === Number(replyId));
    if (replyId !== undefined && !answered) return badRequest('message to be replied not found');
    const reply = answered ? { reply_to_message: answered } : {};
    const file = (ref: unknown) => (typeof ref === 'string' && ref.startsWith('attach://') ? files.get(ref.slice(9)) : undefined);
    if (method === 'sendMessage') {
      const text = String(p.text ?? '');
      if (text === '') return badRequest('message text is empty');
      if (text.length > 4096) return badRequest('message is too long');
      return okAnswer(newMessage(chat, { text, ...reply }));
    }
    const captionOk = (c: unknown) => c === undefined || String(c).length <= 1024;
    if (method === 'sendPhoto') {
      const bytes = file(p.photo);
      if (!bytes) return badRequest('there is no photo in the request');
      if (!captionOk(p.caption)) return badRequest('message caption is too long');
      return okAnswer(newMessage(chat, { photo: photoOf(bytes), ...(p.caption ? { caption: String(p.caption) } : {}), ...reply }));
    }
    const media = p.media as Array<{ type: string; media: string; caption?: string }>;
    if (!Array.isArray(media) || media.length < 2 || media.length > 10) return badRequest('wrong number of media in the group: must be 2-10');
    if (media.some((m) => m.type !== 'photo' || !file(m.media))) return badRequest('wrong file identifier/HTTP URL specified');
    if (!media.every((m) => captionOk(m.caption))) return badRequest('message caption is too long');
    const group = `g${Date.now()}${Math.random()}`;
    return okAnswer(media.map((m, i) => newMessage(chat, { photo: photoOf(file(m.media)!), media_group_id: group, ...(m.caption ? { caption: m.caption } : {}), ...(i === 0 ? reply : {}) })));
  }

  function member(method: string, p: Fields): Answer {
    const chat = findChat(p.chat_id);
    if (!chat) return badRequest('chat not found');
    if (method === 'restrictChatMember' && chat.type !== 'supergroup') return badRequest('method is available only for supergroups');
    moderation.push({ method, chatId: chat.id, userId: Number(p.user_id) });
    return okAnswer(true);
  }

  function handle(method: string, p: Fields, files: Map<string, Uint8Array>): Answer {
    if (method === 'getMe') return okAnswer({ ...BOT, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
    if (method === 'sendMessage' || method === 'sendPhoto' || method === 'sendMediaGroup') return send(method, p, files);
    if (method === 'getUpdates') {
      const offset = p.offset === undefined ? undefined : Number(p.offset);
      // Asking with an offset confirms, and forgets, every update before it.
      if (offset !== undefined) updates.splice(0, updates.filter((u) => u.update_id < offset).length);
      const allowed = (p.allowed_updates as string[] | undefined) ?? ['message', 'edited_message', 'channel_post'];
      const wanted = updates.filter((u) => allowed.some((kind) => kind in u));
      return okAnswer(wanted.slice(0, Number(p.limit ?? 100)));
    }
    if (method === 'deleteMessage') {
      const key = `${findChat(p.chat_id)?.id}:${p.message_id}`;
      const index = messages.findIndex((m) => `${m.chat.id}:${m.message_id}` === key);
      if (index < 0) return badRequest('message to delete not found');
      messages.splice(index, 1);
      deleted.push(key);
      return okAnswer(true);
    }
    if (method === 'banChatMember' || method === 'unbanChatMember' || method === 'restrictChatMember') return member(method, p);
    return fail(404, 'Not Found');
  }

  function failure(f: Failure): Answer | undefined {
    if (f.kind === 'auth_expired') return fail(401, 'Unauthorized');
    if (f.kind === 'rate_limited') return fail(429, `Too Many Requests: retry after ${f.retryAfterSeconds}`, { retry_after: f.retryAfterSeconds });
    if (f.kind === 'rejected') return badRequest(f.reason + ' '.repeat(10) + 'x'.repeat(5_000));
    // Telegram's front end answers 502 with nginx's HTML page when the Bot API is down.
    if (f.kind === 'transient') return { status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>', headers: { 'content-type': 'text/html' } };
    return undefined; // timeout: never answer
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
        let answer: Answer | undefined;
        if (nextFailure) {
          answer = failure(nextFailure);
          nextFailure = undefined;
          if (!answer) return;
        } else if (nextAnswer) {
          answer = nextAnswer;
          nextAnswer = undefined;
        } else if (!match || req.method !== 'POST') answer = fail(404, 'Not Found');
        else if (match[1] !== token) answer = fail(401, 'Unauthorized');
        else {
          const { fields, files } = await parseBody(req, Buffer.concat(chunks));
          calls.push({ method: match[2] ?? '', params: fields });
          answer = handle(match[2] ?? '', fields, files);
        }
        const isText = typeof answer.body === 'string';
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(isText ? answer.body : JSON.stringify(answer.body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const pushUpdate = (update: Omit<Update, 'update_id'>) => {
    updates.push({ update_id: ++updateSeq, ...update });
    return updateSeq;
  };
  const actionOf = (entry: (typeof moderation)[number], index: number): ModerationAction | undefined => {
    if (entry.method === 'restrictChatMember') return 'timeout';
    if (entry.method !== 'banChatMember') return undefined;
    const lifted = moderation.slice(index + 1).some((e) => e.method === 'unbanChatMember' && e.chatId === entry.chatId && e.userId === entry.userId);
    return lifted ? 'kick' : 'ban';
  };

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    calls,
    pushUpdate,
    answerNext: (answer) => void (nextAnswer = answer),
    findPost: async (externalId) => {
      const message = messages.find((m) => `${m.chat.id}:${m.message_id}` === externalId);
      if (!message) return undefined;
      const album = message.media_group_id ? messages.filter((m) => m.media_group_id === message.media_group_id).length : message.photo ? 1 : 0;
      const replyTo = message.reply_to_message ? { replyTo: `${message.chat.id}:${message.reply_to_message.message_id}` } : {};
      return { text: message.text ?? message.caption ?? '', mediaCount: album, ...replyTo };
    },
    countPosts: async (text) => messages.filter((m) => (m.text ?? m.caption) === text).length,
    receive: async (text) => {
      const from: User = { id: ++userSeq, is_bot: false, first_name: 'Ada', username: `ada${userSeq}` };
      const message = newMessage(GROUP, { text });
      delete message.sender_chat;
      message.from = from;
      pushUpdate({ message });
      return { externalId: `${GROUP.id}:${message.message_id}`, authorExternalId: String(from.id) };
    },
    moderationLog: async () => [
      ...deleted.map((targetExternalId) => ({ action: 'delete' as const, targetExternalId })),
      ...moderation.flatMap((entry, i) => {
        const action = actionOf(entry, i);
        return action ? [{ action, targetExternalId: String(entry.userId) }] : [];
      }),
    ],
    setMetrics: async () => {},
    failNext: (f) => void (nextFailure = f),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
