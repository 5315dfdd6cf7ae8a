import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
const site = 'http://127.0.0.1:4335';
const goals = process.argv[2] ?? 'cellulite,fat-reduction';
const clinicPage = `<!doctype html><html><head><meta charset=utf-8><title>c</title></head><body style="margin:${process.env.M ?? 8}px">
<h1>Clinic</h1><p>Intro</p>
<meso-estimator clinic-name="Sunrise Clinic" cta-url="https://sunrise.example/book" cta-label="Book a consultation" goals="${goals}"><a href="${site}/estimator/">Estimator</a></meso-estimator>
<form id="contact"><label>Name <input></label></form>
<script>window.shifts=[];new PerformanceObserver(l=>{for(const e of l.getEntries()) window.shifts.push([Math.round(performance.now()), e.value, e.hadRecentInput])}).observe({type:'layout-shift',buffered:true});</script>
<script src="${site}/embed.js" async></script></body></html>`;
const server = createServer((q, r) => { r.writeHead(200, { 'content-type': 'text/html' }); r.end(clinicPage); }).listen(4435, '127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [320, 390, 768, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  page.on('console', (m) => console.log('  console:', m.text()));
  await page.goto('http://127.0.0.1:4435/');
  await page.waitForFunction(() => document.querySelector('iframe')?.style.visibility === 'visible', null, { timeout: 15000 });
  await page.waitForTimeout(1000);
  const h = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  const content = await page.frames()[1].evaluate(() => document.documentElement.getBoundingClientRect().height);
  console.log(JSON.stringify({ width, frameHeight: h, content, shifts: await page.evaluate(() => window.shifts) }));
}
await browser.close(); server.close();
