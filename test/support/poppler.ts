import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler's command-line tools (pdfinfo, pdffonts, pdftotext, pdftoppm) run on a PDF held in memory. */
export interface PdfTools {
  /** The tool's standard output; pdftotext writes the text there. */
  run(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext', ...args: string[]): string;
  /** The text of every page, whitespace runs made one space. */
  text(): string;
  /** The rows of `pdffonts` after its two header lines. */
  fonts(): string[];
  remove(): void;
}

export function pdfTools(pdf: Buffer): PdfTools {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-pdf-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  const run = (tool: string, ...args: string[]): string =>
    execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  return {
    run,
    text: () => run('pdftotext').replace(/\s+/g, ' '),
    fonts: () => run('pdffonts').trim().split('\n').slice(2),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
