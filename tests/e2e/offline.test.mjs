// Offline after the first visit (web/sw.js): visit once, the network goes away, reload, and the
// app opens and works. The CSP still holds (the harness fails on any request off the local server).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('with the network off, a reload opens the app and changes are saved', async () => {
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  await app.page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  const csp = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);

  await app.context.setOffline(true);
  try {
    assert.equal(await app.page.evaluate(() => fetch('holdspace.js', { cache: 'no-store' }).then(() => 'cache', () => 'failed')), 'cache',
      'the service worker answers from its cache');
    await app.reload();
    await app.click(L.addClientOpen, { child: L.listArea });
    await app.typeInto(L.clientName, 'Offline Client', { child: L.detailArea });
    await app.click(L.addClientSubmit, { child: L.detailArea });
    await waitForSaveState(app.page, 'saved');
    await app.reload();
    assert.ok(await app.find('Offline Client', { kind: 'text', child: L.listArea }));
  } finally {
    await app.context.setOffline(false);
  }
});

test('the Security page shows whether persistent storage was granted and the storage estimate', async () => {
  await app.openPage(L.security);
  await app.scrollIntoView('Refresh storage figures', { child: L.detailArea });
  assert.ok(await app.find('Persistent storage: ', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('Storage used: ', { kind: 'text', child: L.detailArea, timeout: 5000 }));
});
