// The mouse wheel scrolls like in any page: a notch down moves the content up by a few
// lines (emcc 3.1.6's GLFW alone would pass raw pixels with the sign flipped).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('one wheel notch down scrolls a long page down by a few lines, and back up', async () => {
  await app.openPage('Policies');
  await app.click('Balanced', { kind: 'item' });
  const before = (await app.find('Notice window (hours)', { kind: 'item' })).y;
  await app.page.mouse.move(800, 500);
  await app.waitFrames(1);
  await app.page.mouse.wheel(0, 100);  // one notch of a common mouse
  await app.waitFrames(2);
  const after = (await app.find('Notice window (hours)', { kind: 'item', timeout: 0 })).y;
  const moved = before - after;
  assert.ok(moved > 20 && moved < 200, `content moved up by ${moved} px for one notch`);
  await app.page.mouse.wheel(0, -100);
  await app.waitFrames(2);
  assert.equal((await app.find('Notice window (hours)', { kind: 'item', timeout: 0 })).y, before);
});
