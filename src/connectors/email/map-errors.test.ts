// Error shapes as nodemailer and imapflow raise them (code, responseCode, response line;
// authenticationFailed, serverResponseCode), with replies real servers send.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { imapError, retryHint, smtpError } from './map-errors.ts';

const smtp = (code: string, responseCode?: number, response?: string) => smtpError(Object.assign(new Error(response ?? code), { code, responseCode, response })).error;
const imap = (fields: Record<string, unknown>) => imapError(Object.assign(new Error('Command failed'), fields)).error;

describe('e-mail error mapping', () => {
  it('SMTP: a refused login is auth_expired, a temporary one transient', () => {
    assert.equal(smtp('EAUTH', 535, '535 5.7.8 Username and Password not accepted').kind, 'auth_expired');
    assert.equal(smtp('EAUTH', 534, '534 5.7.9 Application-specific password required').kind, 'auth_expired');
    assert.equal(smtp('EAUTH', 454, '454 4.7.0 Temporary authentication failure').kind, 'transient');
  });

  it("SMTP: 5xx is rejected with the server's reply, 4xx transient", () => {
    assert.deepEqual(smtp('EENVELOPE', 550, '550 5.1.1 The email account that you tried to reach does not exist'), { kind: 'rejected', reason: '550 5.1.1 The email account that you tried to reach does not exist', code: 'smtp_550' });
    assert.deepEqual(smtp('EMESSAGE', 552, '552 5.3.4 Message size exceeds fixed limit'), { kind: 'rejected', reason: '552 5.3.4 Message size exceeds fixed limit', code: 'smtp_552' });
    assert.equal(smtp('EMESSAGE', 451, '451 4.3.0 Local error in processing').kind, 'transient');
  });

  it('SMTP: throttling in words is rate_limited, with the hint when given', () => {
    assert.deepEqual(smtp('EENVELOPE', 421, '421 4.7.0 Try again later, closing connection.'), { kind: 'rate_limited', reason: '421 4.7.0 Try again later, closing connection.', retryAfterSeconds: 60 });
    assert.equal((smtp('EMESSAGE', 550, '550 5.4.5 Daily user sending limit exceeded.') as { retryAfterSeconds: number }).retryAfterSeconds, 3600);
    assert.equal((smtp('EENVELOPE', 451, '451 4.7.1 Rate limit exceeded, try again in 5 minutes') as { retryAfterSeconds: number }).retryAfterSeconds, 300);
    assert.equal(smtp('EENVELOPE', 451, '451 4.7.1 Sender rate overlimit').kind, 'rate_limited');
  });

  it('SMTP: no connection, a timeout or a reset is transient; a TLS failure is rejected', () => {
    for (const code of ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']) assert.equal(smtp(code).kind, 'transient', code);
    assert.equal(smtp('ETLS').kind, 'rejected');
  });

  it('IMAP: AUTHENTICATIONFAILED is auth_expired, LIMIT rate_limited, UNAVAILABLE transient, OVERQUOTA rejected', () => {
    assert.equal(imap({ authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED', responseText: 'Authentication failed.' }).kind, 'auth_expired');
    assert.equal(imap({ responseStatus: 'NO', serverResponseCode: 'LIMIT', responseText: 'Too many concurrent connections' }).kind, 'rate_limited');
    assert.equal(imap({ responseStatus: 'NO', serverResponseCode: 'UNAVAILABLE', responseText: 'Temporary failure' }).kind, 'transient');
    assert.equal(imap({ responseStatus: 'NO', serverResponseCode: 'OVERQUOTA', responseText: 'Quota exceeded' }).kind, 'rejected');
  });

  it("IMAP: Microsoft 365's throttling backoff becomes the retry delay", () => {
    assert.deepEqual(imap({ code: 'ETHROTTLE', throttleReset: 92_415, responseText: 'Request is throttled. Suggested Backoff Time: 92415 milliseconds' }), {
      kind: 'rate_limited',
      reason: 'Request is throttled. Suggested Backoff Time: 92415 milliseconds',
      retryAfterSeconds: 93,
    });
  });

  it('IMAP: a lost or silent connection is transient', () => {
    for (const code of ['NoConnection', 'GREETING_TIMEOUT', 'ETIMEOUT', 'ECONNREFUSED']) assert.equal(imap({ code }).kind, 'transient', code);
  });

  it('reads retry hints only where a server states a delay', () => {
    assert.equal(retryHint('try again in 42 seconds'), 42);
    assert.equal(retryHint('retry after 2 hours'), 7200);
    assert.equal(retryHint('451 4.7.1 Sender rate overlimit'), undefined);
  });
});
