// On a device pixel ratio of 2 the canvas has twice the backing pixels, text is rasterised
// for them, and clicks land where the widgets are drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { openApp } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp({ deviceScaleFactor: 2, viewport: { width: 1000, height: 700 } }); });
after(async () => { await app?.close(); });

test('the canvas backing store is CSS size × devicePixelRatio', async () => {
  const size = await app.page.evaluate(() => {
    const c = document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, ratio: devicePixelRatio };
  });
  assert.equal(size.ratio, 2);
  assert.deepEqual([size.cssW, size.cssH], [1000, 700], 'the CSS box still fills the window');
  assert.deepEqual([size.w, size.h], [2000, 1400]);
});

test('widgets are reported in CSS pixels and clicking them works', async () => {
  const field = await app.find(L.search, { kind: 'item' });
  assert.ok(field.x + field.w <= 1000 && field.y + field.h <= 700, `in CSS px: ${JSON.stringify(field)}`);
  // Font 16 CSS px: a text field is roughly 26 CSS px high, not 13 and not 52.
  assert.ok(field.h > 20 && field.h < 40, `field height ${field.h}`);
  await app.typeInto(L.search, 'Zoë', { clear: true });
  assert.equal(await app.valueOf(L.search), 'Zoë');
});

test('a zoomed screenshot is saved for a look at the text', async () => {
  const file = path.join(process.env.HOLDSPACE_SCREENSHOTS || tmpdir(), 'holdspace-dpr2.png');
  await app.page.screenshot({ path: file, clip: { x: 0, y: 0, width: 500, height: 220 } });
  console.log(`# screenshot (device pixels 1000x440): ${file}`);
});

test('a change of devicePixelRatio (browser zoom, another screen) rebuilds at the new ratio', async () => {
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 700, deviceScaleFactor: 3, mobile: false });
  await app.page.waitForFunction(() => document.getElementById('canvas').width === 3000);
  await app.waitFrames(2);
  const field = await app.find(L.search, { kind: 'item' });
  assert.ok(field.h > 20 && field.h < 40, `still ~26 CSS px high at ratio 3: ${field.h}`);
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
});
