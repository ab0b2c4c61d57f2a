import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { AppConfig, loadConfig } from '@samverkan/config';
import { SMTPServer } from 'smtp-server';
import { MailService, emlFileName, smtpUrlWithDefaults } from './mail.service';

function configWithDropDir(dropDir: string): AppConfig {
  const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused', JWT_SECRET: 'x'.repeat(32) });
  return { ...config, mail: { ...config.mail, smtpUrl: '', dropDir } };
}

function configWithSmtp(smtpUrl: string): AppConfig {
  const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused', JWT_SECRET: 'x'.repeat(32), SMTP_URL: smtpUrl });
  return { ...config, mail: { ...config.mail, maxConnections: 2 } };
}

function message(n: number) {
  return { to: ['registrator@jamy.example'], subject: `Kopia ${n}`, text: 'Hej!', messageId: `<copy.${n}@samverkan>` };
}

describe('emlFileName', () => {
  it('names the file after the Message-ID, with only safe characters', () => {
    expect(emlFileName('<membership-added.42@samverkan>')).toBe('membership-added.42@samverkan.eml');
    expect(emlFileName('<../../etc/passwd x>')).toBe('.._.._etc_passwd_x.eml');
  });
});

describe('MailService without an SMTP server', () => {
  let dropDir: string;

  beforeEach(async () => {
    dropDir = join(await mkdtemp(join(tmpdir(), 'samverkan-mail-')), 'drop');
  });

  afterEach(async () => {
    await rm(join(dropDir, '..'), { recursive: true, force: true });
  });

  it('writes one .eml per Message-ID, and a re-send replaces it', async () => {
    const mail = new MailService(configWithDropDir(dropDir));
    const message = {
      to: ['anna@fk.se'],
      subject: 'Du har lagts till i arbetsgrupp 3',
      text: 'Hej Anna!',
      messageId: '<membership-added.7@samverkan>',
      headers: { 'X-Samverkan-Event': 'membership-added' },
      attachments: [{ filename: 'rapport.txt', content: 'Årsrapport', contentType: 'text/plain' }],
    };
    const receipt = await mail.send(message);
    await mail.send(message);
    // Shown to every logged-in person as a delivery's serverReply: no server path.
    expect(receipt.response).toBe('written to the drop directory as membership-added.7@samverkan.eml');
    expect(receipt.response).not.toContain(dropDir);

    expect(await readdir(dropDir)).toEqual(['membership-added.7@samverkan.eml']);
    const eml = await readFile(join(dropDir, 'membership-added.7@samverkan.eml'), 'utf8');
    expect(eml).toMatch(/^Message-ID: <membership-added\.7@samverkan>\r$/m);
    expect(eml).toMatch(/^To: anna@fk\.se\r$/m);
    expect(eml).toMatch(/^From: Samverkan <no-reply@samverkan\.local>\r$/m);
    expect(eml).toMatch(/^X-Samverkan-Event: membership-added\r$/m);
    expect(eml).toContain('filename=rapport.txt');
  });
});

describe('smtpUrlWithDefaults', () => {
  it('puts the options into the query, where nodemailer reads them, and lets SMTP_URL override them', () => {
    expect(smtpUrlWithDefaults('smtp://user:p%40ss@relay.example:587?maxConnections=2', { pool: true, maxConnections: 5 })).toBe(
      'smtp://user:p%40ss@relay.example:587?maxConnections=2&pool=true',
    );
  });
});

describe('MailService with an SMTP server', () => {
  let server: SMTPServer;
  const sessions = { opened: 0, closed: 0 };
  const accepted: string[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      disableReverseLookup: true,
      onConnect: (_session, callback) => {
        sessions.opened += 1;
        callback();
      },
      onClose: () => {
        sessions.closed += 1;
      },
      onData: (stream, _session, callback) => {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          accepted.push(/^Message-ID: (\S+)/im.exec(raw)![1]!);
          callback(null, 'Queued as 1');
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reuses at most SMTP_MAX_CONNECTIONS connections and quits them on shutdown', async () => {
    const mail = new MailService(configWithSmtp(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`));
    const receipts = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => mail.send(message(n))));
    await mail.send(message(7));

    expect(receipts[0]!.response).toContain('Queued as 1');
    expect(accepted.sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `<copy.${n}@samverkan>`));
    expect(sessions.opened).toBeLessThanOrEqual(2);

    mail.onApplicationShutdown();
    const deadline = Date.now() + 5_000;
    while (sessions.closed < sessions.opened && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sessions.closed).toBe(sessions.opened);
  });
});
