// Debian's Chromium, driven by playwright-core (which downloads no browser of its own).
// CHROMIUM_PATH points at another binary; .ci/install-chromium installs Debian's.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** The flags of a quiet, offline, sandbox-free headless run (CI runs as root). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export const NOT_RUN = `explorer browser test not run: no Chromium at ${CHROMIUM} (install it with .ci/install-chromium, or set CHROMIUM_PATH), then npm test`;
