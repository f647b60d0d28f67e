import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverDueMails, listMails, queueMail, smtpTransport } from '../../src/lib/mail';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

interface Received {
  from: string;
  to: string[];
  data: string;
}

/**
 * A tiny SMTP server speaking just enough of RFC 5321 for nodemailer: greeting, EHLO/HELO, MAIL,
 * RCPT, DATA and QUIT. `refuseRecipients` answers RCPT with a permanent error, as a real server
 * does for an unknown mailbox.
 */
async function startSmtpServer(options: { refuseRecipients?: boolean } = {}): Promise<{ port: number; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((socket: Socket) => {
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 test-smtp ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') reply('250 test-smtp');
        else if (command === 'MAIL') {
          current.from = line;
          reply('250 2.1.0 ok');
        } else if (command === 'RCPT') {
          if (options.refuseRecipients) reply('550 5.1.1 mailbox unavailable');
          else {
            current.to.push(line);
            reply('250 2.1.5 ok');
          }
        } else if (command === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (command === 'RSET') reply('250 ok');
        else if (command === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 command not implemented');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { port: address.port, received, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('delivering mail by SMTP', () => {
  it('hands a queued mail to the SMTP server and marks it sent', async () => {
    const smtp = await startSmtpServer();
    servers.push(smtp.server);
    await queueMail(t.db, {
      to: 'modtager@example.dk',
      subject: 'Vælg en ny adgangskode til Indgang',
      body: 'Åbn linket:\nhttp://indgang.test/nulstil-kode/abc',
      purpose: 'password_reset',
    });

    const sent = await deliverDueMails(t.db, smtpTransport(`smtp://127.0.0.1:${smtp.port}`), 'Indgang <indgang@example.dk>');

    expect(sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.from).toContain('<indgang@example.dk>');
    expect(smtp.received[0]!.to).toEqual(['RCPT TO:<modtager@example.dk>']);
    expect(smtp.received[0]!.data).toMatch(/^To: modtager@example\.dk$/m);
    expect(smtp.received[0]!.data).toContain('http://indgang.test/nulstil-kode/abc');
    const [mail] = await listMails(t.db, { to: 'modtager@example.dk' });
    expect(mail).toMatchObject({ lastError: null });
    expect(mail?.sentAt).toBeInstanceOf(Date);
  });

  it('keeps a mail the server refuses, with the reason, to try again later', async () => {
    const smtp = await startSmtpServer({ refuseRecipients: true });
    servers.push(smtp.server);
    await queueMail(t.db, { to: 'ukendt@example.dk', subject: 'Invitation', body: 'Hej', purpose: 'invitation' });

    const sent = await deliverDueMails(t.db, smtpTransport(`smtp://127.0.0.1:${smtp.port}`), 'Indgang <indgang@example.dk>');

    expect(sent).toBe(0);
    expect(smtp.received).toHaveLength(0);
    const [mail] = await listMails(t.db, { to: 'ukendt@example.dk' });
    expect(mail).toMatchObject({ sentAt: null, attempts: 1 });
    expect(mail?.lastError).toContain('550');
    expect(mail!.availableAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Not due yet: a second run does not try it again at once.
    expect(await deliverDueMails(t.db, smtpTransport(`smtp://127.0.0.1:${smtp.port}`), 'Indgang <indgang@example.dk>')).toBe(0);
    expect((await listMails(t.db, { to: 'ukendt@example.dk' }))[0]?.attempts).toBe(1);
  });

  it('keeps mails when no SMTP server answers at all', async () => {
    const closed = await startSmtpServer();
    await new Promise((resolve) => closed.server.close(resolve));
    await queueMail(t.db, { to: 'senere@example.dk', subject: 'Invitation', body: 'Hej', purpose: 'invitation' });

    expect(await deliverDueMails(t.db, smtpTransport(`smtp://127.0.0.1:${closed.port}`), 'Indgang <indgang@example.dk>')).toBe(0);

    const [mail] = await listMails(t.db, { to: 'senere@example.dk' });
    expect(mail).toMatchObject({ sentAt: null, attempts: 1 });
    expect(mail?.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});
