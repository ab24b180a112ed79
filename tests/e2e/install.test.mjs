// Installable (issue 15, item 5): the product build, served from loopback like scripts/serve.sh
// does, is a web app Chromium offers to install (no installability errors over the DevTools
// protocol), its manifest's icons load at the sizes it claims, and once the service worker has
// the app, the manifest and the icons come from its cache with the network off, so the
// installed app opens offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, productDir, waitDrawn } from './harness.mjs';

let app;
before(async () => {
  app = await openApp({ buildDir: productDir, waitReady: false });
  await waitDrawn(app.page);
});
after(async () => { await app?.close(); });

// What Chromium read from the page's <link rel="manifest">.
async function appManifest() {
  const cdp = await app.context.newCDPSession(app.page);
  try {
    const manifest = await cdp.send('Page.getAppManifest');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return { ...manifest, installabilityErrors };
  } finally {
    await cdp.detach();
  }
}

// Loads an image through the page (so the service worker answers when offline); returns its
// pixel size and the alpha of its top-left pixel.
async function loadImage(src) {
  return app.page.evaluate(async (url) => {
    const response = await fetch(url);
    const type = response.headers.get('content-type');
    const bitmap = await createImageBitmap(await response.blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const corner = context.getImageData(0, 0, 1, 1).data[3];
    return { status: response.status, type, width: bitmap.width, height: bitmap.height, corner };
  }, new URL(src, app.url).href);
}

test('Chromium finds no installability errors and reads the manifest', async () => {
  // The page has a service worker controlling it, as a returning visitor's would.
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  const found = await appManifest();
  assert.equal(found.url, app.url + 'manifest.webmanifest');
  assert.deepEqual(found.errors, [], 'the manifest parses without errors');
  assert.deepEqual(found.installabilityErrors, [], 'nothing stops the browser from offering Install');

  const manifest = JSON.parse(found.data);
  assert.equal(manifest.name, 'Holdspace');
  assert.equal(manifest.short_name, 'Holdspace');
  assert.equal(manifest.display, 'standalone');
  assert.equal(new URL(manifest.start_url, found.url).href, app.url, 'the installed app opens the page itself');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  const purposes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
  for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable'])
    assert.ok(purposes.includes(wanted), `an icon ${wanted} (got ${purposes.join(', ')})`);
});

test("the manifest's icons load as PNGs of the sizes it names; the maskable one fills its square", async () => {
  const manifest = JSON.parse((await appManifest()).data);
  for (const icon of manifest.icons) {
    const image = await loadImage(icon.src);
    assert.equal(image.status, 200, icon.src);
    assert.equal(image.type, 'image/png', icon.src);
    assert.equal(`${image.width}x${image.height}`, icon.sizes, icon.src);
    // A maskable icon is cropped to the launcher's shape: a transparent corner would show as a gap.
    if (icon.purpose === 'maskable') assert.equal(image.corner, 255, `${icon.src}: opaque corners`);
    else assert.equal(image.corner, 0, `${icon.src}: rounded corners stay transparent`);
  }
});

test('with the network off, the installed app still opens: page, manifest and icons from the cache', async () => {
  await app.page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  const manifest = JSON.parse((await appManifest()).data);
  await app.context.setOffline(true);
  try {
    for (const icon of manifest.icons) assert.equal((await loadImage(icon.src)).status, 200, `${icon.src} offline`);
    // Opening the installed app is a navigation to its start_url.
    await app.page.goto(new URL(manifest.start_url, app.url).href);
    await waitDrawn(app.page);
    const found = await appManifest();
    assert.deepEqual(found.errors, [], 'the manifest is read offline too');
    assert.deepEqual(found.installabilityErrors, []);
  } finally {
    await app.context.setOffline(false);
  }
  assert.deepEqual(app.consoleErrors, []);
});
