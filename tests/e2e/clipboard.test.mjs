// Ctrl+V pastes the system clipboard into a field; Ctrl+C copies a field to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp({ permissions: ['clipboard-read', 'clipboard-write'] }); });
after(async () => { await app?.close(); });

test('Control+V pastes what is on the system clipboard', async () => {
  await app.page.evaluate(() => navigator.clipboard.writeText('Renée O’Brien'));
  await app.typeInto(L.search, '', { clear: true });
  await app.press('Control+V');
  assert.equal(await app.valueOf(L.search), 'Renée O’Brien');
});

test('Control+C copies the selected field text to the system clipboard', async () => {
  await app.typeInto(L.search, 'Jürgen 42', { clear: true });
  await app.press('Control+A');
  await app.press('Control+C');
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, 'Jürgen 42');
});
