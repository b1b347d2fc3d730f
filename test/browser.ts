// Debian's chromium for the browser tests, started as this machine needs: headless, as root without
// a sandbox, and without the background connections a closed network refuses.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });

/** CI installs chromium, so there the browser tests must run; elsewhere they are skipped without it. */
export const chromiumRunnable = existsSync(CHROMIUM) || !!process.env.CI;
