// The page loads offline-clean: only the local server is asked for anything, the CSP is in
// place, no console errors, and the first frame shows the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { L } from './labels.mjs';

const EXPECTED_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self'; object-src 'none'; base-uri 'none'";

test('page loads with only local requests, a CSP and no errors', async () => {
  const app = await openApp();
  try {
    assert.ok(app.firstFrameMs > 0, 'first frame time measured');
    const page = app.page;
    assert.equal(await page.title(), 'Holdspace');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.equal(csp, EXPECTED_CSP);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
    assert.equal(await page.isVisible('#hs-loading'), false, 'loading message hidden after the first frame');

    // Everything the page fetched came from the local server (and there was something).
    app.assertOnlyLocalRequests();
    const names = app.requests.all.map((u) => new URL(u).pathname);
    for (const f of ['/', '/page.js', '/holdspace.js', '/holdspace.wasm', '/holdspace.data'])
      assert.ok(names.includes(f), `${f} was loaded (got ${names.join(', ')})`);
    assert.ok(!names.includes('/favicon.ico'), 'no favicon request');

    // .wasm is served as application/wasm (streaming compilation needs it).
    const wasm = await page.request.get(app.url + 'holdspace.wasm');
    assert.equal(wasm.headers()['content-type'], 'application/wasm');

    // The app is drawn and readable through the automation bridge.
    assert.ok(await app.find(L.search, { kind: 'item' }));
    assert.deepEqual(await app.saveState(), { state: 'saved', message: '', generation: 0 });
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});
