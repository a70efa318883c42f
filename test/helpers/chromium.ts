import { existsSync } from 'node:fs';

/** Debian's Chromium, which the browser tests drive through playwright-core (no downloaded browser). */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags a root sandbox without a network needs (docs/contributing.md). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Whether the browser tests can run. Without Chromium they are skipped on a developer's machine, with a warning
 * saying what to install, but never in CI (CI=true), where a skipped browser test would hide a broken report:
 * there the missing browser is an error.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const install = 'install it with `apt-get install -y chromium` (.ci/run does)';
  if (process.env.CI === 'true') throw new Error(`${suite}: ${CHROMIUM} not found in CI; ${install}`);
  console.warn(`${suite}: ${CHROMIUM} not found, so these browser checks are skipped; ${install}.`);
  return false;
}
