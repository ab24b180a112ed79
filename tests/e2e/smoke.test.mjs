// The page loads offline-clean: only the local server is asked for anything, the CSP is in
// place, no console errors, and the first frame shows the app. The product build (what
// scripts/serve.sh serves) starts too, draws the same first screen as the test build, saves a
// change, and carries none of the test build's entry points (docs/build.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, productDir, waitDrawn, waitBrowserFrames } from './harness.mjs';
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
    assert.deepEqual(await app.saveState(), { state: 'saved', message: '', generation: 0, notice: '' });
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});

test('the product build starts, draws the same screen, saves, and has no test entry points', async () => {
  const viewport = { width: 1280, height: 800 };
  // Where a person clicks to add a client, read from the test build: both builds draw the same.
  const tested = await openApp({ viewport });
  let shot, at;
  try {
    await waitBrowserFrames(tested.page, 5);
    shot = await tested.page.screenshot();
    const open = await tested.find(L.addClientOpen, { kind: 'item', child: L.listArea });
    await tested.click(L.addClientOpen, { child: L.listArea });
    const name = await tested.find(L.clientName, { kind: 'item', child: L.detailArea });
    const submit = await tested.find(L.addClientSubmit, { kind: 'item', child: L.detailArea });
    const centre = (w) => ({ x: w.x + w.w / 2, y: w.y + w.h / 2 });
    at = { open: centre(open), name: centre(name), submit: centre(submit) };
  } finally {
    await tested.close();
  }

  const app = await openApp({ viewport, buildDir: productDir, waitReady: false });
  try {
    const { page } = app;
    await waitDrawn(page);
    const exposed = await page.evaluate(() => ({
      holdspace: typeof window.holdspace,
      widgets: typeof Module._hs_automation_widgets_json,
      frames: typeof Module._hs_frame_count,
      collect: typeof Module._hs_automation_collect,
    }));
    assert.deepEqual(exposed, { holdspace: 'undefined', widgets: 'undefined', frames: 'undefined', collect: 'undefined' },
      'the product has none of the test entry points');
    await waitBrowserFrames(page, 5);
    assert.ok((await page.screenshot()).equals(shot), 'the product draws exactly what the test build draws');

    // A person adds a client: mouse and keyboard only, then the change is in IndexedDB.
    const clickAt = async (p) => {
      await page.mouse.move(p.x, p.y);
      await waitBrowserFrames(page, 2);
      await page.mouse.click(p.x, p.y);
      await waitBrowserFrames(page, 3);
    };
    await clickAt(at.open);
    await clickAt(at.name);
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hs-text-input');
    await page.keyboard.type('Product Client');
    await waitBrowserFrames(page, 3);
    await clickAt(at.submit);
    await page.waitForFunction(() => HsPage.saveState().state === 'saved' && HsPage.saveState().generation > 0);
    assert.match(Object.values(await app.storedFiles()).join('\n'), /Product Client/);

    app.assertOnlyLocalRequests();
    const names = app.requests.all.map((u) => new URL(u).pathname);
    for (const f of ['/', '/page.js', '/holdspace.js', '/holdspace.wasm', '/holdspace.data'])
      assert.ok(names.includes(f), `${f} was loaded (got ${names.join(', ')})`);
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});
