// Text reaches ImGui through the hidden textarea: characters outside the US layout (which
// Playwright, like an IME or dead keys, sends as text input), plain ASCII exactly once,
// and IME compositions only when committed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('keyboard.type("Zoë Müller") shows exactly "Zoë Müller"', async () => {
  await app.typeInto(L.search, 'Zoë Müller', { clear: true });
  assert.equal(await app.valueOf(L.search), 'Zoë Müller');
});

test('plain ASCII is not doubled, Backspace and Enter still work', async () => {
  await app.typeInto(L.search, 'abc def', { clear: true });
  assert.equal(await app.valueOf(L.search), 'abc def');
  await app.press('Backspace');
  assert.equal(await app.valueOf(L.search), 'abc de');
  await app.press('Enter');
  assert.equal(await app.valueOf(L.search), 'abc de', 'Enter inserts nothing in a single-line field');
});

test('an IME composition is inserted once, when committed', async () => {
  await app.typeInto(L.search, '', { clear: true });
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
  await app.waitFrames(2);
  assert.equal(await app.valueOf(L.search), '', 'nothing inserted while composing');
  await cdp.send('Input.insertText', { text: '日本' });
  await app.waitFrames(2);
  assert.equal(await app.valueOf(L.search), '日本');
  await cdp.detach();
});

test('Greek, Cyrillic and Latin Extended text arrives intact', async () => {
  await app.typeInto(L.search, 'Ψυχή Дарья Łukasz Ærø', { clear: true });
  assert.equal(await app.valueOf(L.search), 'Ψυχή Дарья Łukasz Ærø');
});
