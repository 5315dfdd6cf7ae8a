import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://127.0.0.1:4335/embed/estimator/?clinic-name=Sunrise&cta-url=https://sunrise.example/book');
await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
await page.waitForTimeout(300);
console.log(await page.evaluate(() => [...document.querySelectorAll('section.estimator *')].filter(e => e.offsetParent !== null && ['H1','H2','P','FORM','FIELDSET','LEGEND','LABEL','DL','DETAILS','DIV','A'].includes(e.tagName)).slice(0, 60).map(e => { const r = e.getBoundingClientRect(); return `${Math.round(r.top)}-${Math.round(r.bottom)} ${e.tagName}.${e.className} ${(e.textContent||'').slice(0,30)}`; }).join('\n')));
console.log(await page.evaluate(() => document.documentElement.getBoundingClientRect().height));
await browser.close();
