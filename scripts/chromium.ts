/**
 * How this project starts Chromium (for Playwright's tests and for npm run bench): Debian's
 * browser (apt-get install chromium), since Playwright's own download is not available here, with
 * the switches that keep it from calling home (without them it floods refused connections).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
