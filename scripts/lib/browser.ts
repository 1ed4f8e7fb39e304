import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** Debian's Chromium, started the way this house always starts it. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run .ci/run, or apt-get install chromium.`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Chromium with a profile on disk at `profile`, like a reader's own browser: its storage
 * quota and the bodies it stores live on disk, where a throwaway context keeps them in
 * memory (whose limits a save of hundreds of MB meets first).
 */
export function launchChromiumProfile(profile: string): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run .ci/run, or apt-get install chromium.`);
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The built site (dist/) on 127.0.0.1, and a browser to drive it. */
export interface Site {
  server: StaticServer;
  browser: Browser;
  url(path: string): string;
  /** A fresh page that records console errors and failed requests (service workers blocked unless `context` allows them). */
  newPage(context?: BrowserContext): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function openSite(dir = process.env['SITE_DIR'] ?? 'dist'): Promise<Site> {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`No built site in ${dir}/: run \`npm run build\` before the end-to-end tests.`);
  const server = await startStaticServer(dir);
  const browser = await launchChromium();
  return {
    server,
    browser,
    url: (path) => `${server.url}${path}`,
    async newPage(context) {
      // Without a context of its own, a page runs with service workers blocked: otherwise
      // the offline service worker would precache the whole site behind every test.
      const page = await (context ?? (await browser.newContext({ serviceWorkers: 'block' }))).newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
