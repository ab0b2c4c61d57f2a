import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Each test file gets a folder of its own outside the project, removed after
 * it: dropped e-mails go there (MAIL_DROP_DIR, also for the processes a test
 * starts with this environment), so no test writes into the project tree.
 */
const SUITE_DIR = mkdtempSync(join(tmpdir(), 'samverkan-suite-'));
process.env.MAIL_DROP_DIR = join(SUITE_DIR, 'mail');

afterAll(() => rmSync(SUITE_DIR, { recursive: true, force: true }));
