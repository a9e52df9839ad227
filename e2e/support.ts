// A browser test's world: the real server in-process on a fresh demo database, and Chromium.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { DEMO_PASSWORD } from '../src/server/db/seed/index.js';
import { type DemoLevel, openDatabase, prepareDatabase } from '../src/server/setup.js';
import { webRoot } from '../src/server/web-build.js';

export interface TestWorld {
  baseUrl: string;
  browser: Browser;
  /** A new browser context (its own cookies) with one page, optionally in a UI language. */
  newPage(options?: { language?: 'vi' | 'en' }): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs in through the API so that the context carries the session cookie. */
  signIn(context: BrowserContext, username: string, password?: string): Promise<void>;
  close(): Promise<void>;
}

/** `demo: 'full'` adds the demo figures, tasks and field reports (pages that show data); accounts alone are quicker. */
export async function startWorld({ demo = 'accounts', env = {} }: { demo?: DemoLevel; env?: NodeJS.ProcessEnv } = {}): Promise<TestWorld> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'haidang-e2e-'));
  const database = openDatabase({ databaseUrl: undefined, dataDir });
  await prepareDatabase(database, { demo, now: new Date() });
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', HAIDANG_DATA_DIR: dataDir, ...env }),
    database,
    webRoot,
    logger: false,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });

  return {
    baseUrl: address,
    browser,
    async newPage({ language = 'vi' } = {}) {
      const context = await browser.newContext({ baseURL: address, locale: language === 'en' ? 'en-GB' : 'vi-VN' });
      if (language === 'en') await context.addInitScript(() => localStorage.setItem('haidang.language', 'en'));
      return { context, page: await context.newPage() };
    },
    async signIn(context, username, password = DEMO_PASSWORD) {
      const response = await context.request.post('/api/auth/login', { data: { username, password } });
      if (!response.ok()) throw new Error(`Sign-in as ${username} failed: ${response.status()} ${await response.text()}`);
    },
    async close() {
      await browser.close();
      await app.close();
      await database.db.destroy();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
