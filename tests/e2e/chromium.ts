// Debian's Chromium, never a browser downloaded by Playwright (that download is not possible here).
import { chromiumFlags, findChromium } from '../../electron/core/chromium.js';

export function chromiumPath(): string | undefined {
  return findChromium() ?? undefined;
}

export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
  return { executablePath, args: chromiumFlags(), headless: true };
}
