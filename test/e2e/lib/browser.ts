/**
 * Debian's chromium, headless, driven by playwright-core. Never downloads a
 * browser: the executable comes from `scripts/e2e/setup`.
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { E2eTools } from './env';

/** Launches chromium with a fresh profile under `runDir`. */
export async function launchBrowser(tools: E2eTools, runDir: string): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(runDir, 'chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: tools.chromium,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
