// Finds Debian's Chromium for the browser tests: CHROMIUM_PATH, else /usr/bin/chromium. `ensureChromium()`
// also installs Debian's package through apt-get when running as root on Debian; otherwise it stops with one
// clear message. Browser tests are never skipped silently.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${path} does not exist. Point it at a Chromium binary or unset it.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version')) {
    console.error('Chromium not found: installing Debian package "chromium" with apt-get …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(path)) return path;
  }
  throw new Error(
    'The browser tests need Chromium. Install Debian\'s "chromium" package (apt-get install chromium) ' +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
