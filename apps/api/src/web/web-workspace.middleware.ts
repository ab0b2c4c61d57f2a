import { Logger } from '@nestjs/common';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NextFunction, Request, Response } from 'express';

/** Paths that belong to the API (and the built assets): never answered with the page. */
const API_PREFIXES = ['/graphql', '/exports', '/calendar', '/health', '/metrics', '/admin', '/auth', '/assets'];

/** The workspace's page paths; any other address gets the page with status 404, so it shows "Sidan finns inte". */
const PAGE_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/(logga-in|nytt-losenord)$/,
  /^\/plan\/[^/]+\/(oversikt|handlingsplan|tidslinje|revisioner|revisioner\/[^/]+|atgarder\/ny)$/,
  /^\/atgarder\/[^/]+$/,
  /^\/grupper\/[^/]+\/moten(\/nytt)?$/,
  /^\/moten\/[^/]+$/,
  /^\/(aviseringar|installningar|tillganglighet)$/,
  /^\/(rapporter|granskning|mal|administration)(\/[^/]+)*$/,
];

/**
 * The page may run only its own scripts and styles and talk only to this
 * origin; nothing inline, nothing framed.
 */
export const WORKSPACE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** Built asset names carry their content hash, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The project root: the nearest directory above this file with a package.json (dist/ has none). */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

export const WEB_BUILD_DIR = join(projectRoot(__dirname), 'dist', 'web');

const underPrefix = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Serves the web workspace (`npm run web:build` → dist/web) at `/`: hashed
 * assets cached for a year, index.html never cached and under a strict CSP,
 * and index.html for page paths (GET or HEAD asking for HTML). Everything
 * else passes on, so API paths keep their meaning and an unknown one stays a 404.
 */
export function serveWebWorkspace(buildDir: string = WEB_BUILD_DIR) {
  const indexFile = join(buildDir, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebWorkspace').warn(`${indexFile} is missing: run "npm run build" to serve the web workspace`);
    return (_req: Request, _res: Response, next: NextFunction): void => next();
  }
  const indexHtml = readFileSync(indexFile);
  const assetsDir = resolve(buildDir, 'assets');
  // Files beside index.html (the icon): fixed names, so revalidated rather than kept.
  const rootFiles = new Set(readdirSync(buildDir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name !== 'index.html').map((entry) => entry.name));

  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = req.path;

    if (path.startsWith('/assets/')) {
      const file = resolve(assetsDir, path.slice('/assets/'.length));
      // An asset of another build: a plain 404 that no cache keeps, never the page.
      if (!file.startsWith(`${assetsDir}/`) || !existsSync(file)) return void res.status(404).type('text/plain').send('Not found');
      res.setHeader('Cache-Control', IMMUTABLE);
      return res.sendFile(file, { cacheControl: false, dotfiles: 'deny' }, (error) => error && next(error));
    }
    if (rootFiles.has(path.slice(1))) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(join(buildDir, path.slice(1)), { cacheControl: false }, (error) => error && next(error));
    }
    if (API_PREFIXES.some((prefix) => underPrefix(path, prefix)) || !(req.headers.accept ?? '').includes('text/html')) {
      return next();
    }
    res.status(PAGE_PATHS.some((page) => page.test(path)) ? 200 : 404);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', WORKSPACE_CSP);
    res.send(indexHtml);
  };
}
