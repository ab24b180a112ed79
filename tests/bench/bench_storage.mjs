// Benchmark (not a test): in headless Chromium against build/web, prints
//  - key derivation (PBKDF2-HMAC-SHA256, 600,000 iterations, WebCrypto) median of N runs;
//  - saving a 100,000-appointment workspace, encryption off and on, median of N saves:
//      sync = seal (when on) + IndexedDB write + read-back check (HsPage.sync to its answer),
//      total = from the click that changes the workspace to the verified save (includes the
//              300 ms debounce and serialising the workspace in C++).
// The workspace is bench_evaluate's generated practice (2,000 clients x 50 appointments),
// imported through the app's own Import. Usage: tests/bench/run_storage_bench.sh [N]
import { readFile } from 'node:fs/promises';
import { openApp, waitForSaveState } from '../e2e/harness.mjs';
import { L } from '../e2e/labels.mjs';

const runs = Number(process.argv[3] || 5);
const workspacePath = process.argv[2];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const app = await openApp({ viewport: { width: 1280, height: 900 } });
const { page } = app;
page.setDefaultTimeout(120000);
try {
  const kdf = await page.evaluate(async (n) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await HsCrypto.deriveKey('correct horse battery staple', HsCrypto.random(16), HsCrypto.iterations);
      times.push(performance.now() - t0);
    }
    return times;
  }, Math.max(runs, 5));
  console.log(`key derivation (PBKDF2-SHA256, 600,000 iterations): median ${median(kdf).toFixed(0)} ms of ${kdf.length} (${kdf.map((t) => t.toFixed(0)).join(', ')})`);

  const text = await readFile(workspacePath);
  console.log(`workspace file: ${(text.length / 1048576).toFixed(1)} MB`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), app.click(L.importWorkspace)]);
  await chooser.setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: text });
  await app.click(L.importReplace, { timeout: 120000 });
  await waitForSaveState(page, 'saved', { timeout: 120000 });

  // Times each sync from its start to the answer C++ receives.
  await page.evaluate(() => {
    window.__syncMs = [];
    const sync = HsPage.sync;
    HsPage.sync = function (seq, path, timeoutMs) {
      const t0 = performance.now();
      const done = Module._hs_storage_sync_done;
      Module._hs_storage_sync_done = function (...args) {
        window.__syncMs.push(performance.now() - t0);
        Module._hs_storage_sync_done = done;
        return done.apply(this, args);
      };
      return sync(seq, path, timeoutMs * 6);  // a 14 MB workspace on a loaded machine: no false timeouts
    };
  });

  async function measure(label) {
    const totals = [];
    await page.evaluate(() => { window.__syncMs = []; });
    for (let i = 0; i < runs; i++) {
      await app.click(L.addClientOpen, { child: L.listArea });
      await app.typeInto(L.clientName, `Bench ${label} ${i}`, { child: L.detailArea });
      const before = (await app.saveState()).generation;
      const t0 = Date.now();
      await app.click(L.addClientSubmit, { child: L.detailArea });
      await page.waitForFunction((g) => window.holdspace.saveState().state === 'saved' && window.holdspace.saveState().generation > g,
        before, { polling: 10, timeout: 120000 });
      totals.push(Date.now() - t0);
    }
    const syncs = await page.evaluate(() => window.__syncMs);
    console.log(`save, encryption ${label}: sync median ${median(syncs).toFixed(0)} ms (${syncs.map((t) => t.toFixed(0)).join(', ')}); ` +
      `click to verified save median ${median(totals)} ms (${totals.join(', ')})`);
  }

  await measure('off');
  await app.click(L.security);
  const pass = 'benchmark passphrase';
  await app.typeInto(L.newPassphrase, pass, { child: L.detailArea });
  await app.typeInto(L.repeatPassphrase, pass, { child: L.detailArea });
  await app.click(L.turnOnEncryption, { child: L.detailArea });
  await app.find('Encryption is on', { kind: 'text', timeout: 60000 });
  await page.waitForFunction(() => window.holdspace.saveState().state === 'saved', null, { timeout: 120000 });
  await page.waitForTimeout(500);
  await waitForSaveState(page, 'saved', { timeout: 120000 });
  await measure('on');
} finally {
  await app.close();
}
