// Runs once before the suite: without Chromium the explorer's browser test
// (test/explore/browser.test.ts) registers nothing, and this says so in one line.
import { HAS_CHROMIUM, NOT_RUN } from '../explore/chromium';

export default function checkChromium(): void {
  if (!HAS_CHROMIUM) console.log(`polgraph tests: ${NOT_RUN}`);
}
