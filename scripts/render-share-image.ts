// Renders scripts/share-image.html to public/share.png (1200×630) with Debian's Chromium.
// Run it after changing the HTML: npx node scripts/render-share-image.ts
import { chromium } from '@playwright/test';
import { SHARE_IMAGE } from '../src/lib/site.ts';

const browser = await chromium.launch({
	executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height } });
await page.goto(new URL('share-image.html', import.meta.url).href);
await page.screenshot({ path: `public${SHARE_IMAGE.path}` });
await browser.close();
console.log(`Wrote public${SHARE_IMAGE.path}`);
