import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, loadConfig } from '@samverkan/config';
import { MailService, emlFileName } from './mail.service';

function configWithDropDir(dropDir: string): AppConfig {
  const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused', JWT_SECRET: 'x'.repeat(32) });
  return { ...config, mail: { ...config.mail, smtpUrl: '', dropDir } };
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
    await mail.send(message);
    await mail.send(message);

    expect(await readdir(dropDir)).toEqual(['membership-added.7@samverkan.eml']);
    const eml = await readFile(join(dropDir, 'membership-added.7@samverkan.eml'), 'utf8');
    expect(eml).toMatch(/^Message-ID: <membership-added\.7@samverkan>\r$/m);
    expect(eml).toMatch(/^To: anna@fk\.se\r$/m);
    expect(eml).toMatch(/^From: Samverkan <no-reply@samverkan\.local>\r$/m);
    expect(eml).toMatch(/^X-Samverkan-Event: membership-added\r$/m);
    expect(eml).toContain('filename=rapport.txt');
  });
});
