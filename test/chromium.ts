/**
 * @module Debian's Chromium for the browser tests and page captures, started headless with the flags this
 * machine needs (no sandbox as root; no background networking, component updates or sync: the network is
 * closed and refused connections would pile up), and the Noto faces from npm visible through fontconfig, so
 * pages read the same on a machine without system CJK fonts (else the screenshots show boxes).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { FONTS_CONF } from '../src/render/docx/testing.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** A test's `skip` option: false when Chromium is installed, else why not. */
export const chromiumSkip: false | string = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed`;

/** A headless Chromium; the caller closes it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
