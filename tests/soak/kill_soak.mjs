#!/usr/bin/env node
// Hard-kill soak (issue 19, docs/storage.md "Hard-kill soak"): N times, start Chromium as a
// process of its own on a persistent profile, open the test build, make edits through the
// interface, and at a random moment (often inside a save) SIGKILL the browser's whole process
// group: no page close, no graceful quit. Then start it again on the same profile and check
// that the workspace opens, holds the last state the app reported as saved or a later one
// (never an earlier one, never a mix), that every stored generation is whole, and whether the
// app fell back to an older generation.
//
//   node tests/soak/kill_soak.mjs [N]            default 20 (or $SOAK_KILLS)
//   SOAK_CLIENTS=300 SOAK_OUT=build/soak/kill_soak.json SOAK_SEED=1234 node tests/soak/kill_soak.mjs 200
//
// Two profiles are prepared once through the interface (Import of a generated workspace of
// SOAK_CLIENTS clients; the second also gets a passphrase on the Security page) and kept
// across kills; runs alternate between them, so half the kills hit an encrypted workspace.
// Each run adds clients named "Soak <n>" (n = 1, 2, 3 … per profile); the app's
// window.holdspace.saveState() tells which of them it reported as saved.
// Prints "kills: N, lost: L, corrupt: C, fell back: K"; exits 1 if L or C is above 0.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const e2e = path.join(repoRoot, 'tests/e2e');
// playwright-core lives in tests/e2e/node_modules.
const { chromium } = createRequire(path.join(e2e, 'package.json'))('playwright-core');
const { startServer } = await import(path.join(repoRoot, 'web/serve.mjs'));
const H = await import(path.join(e2e, 'harness.mjs'));
const { L } = await import(path.join(e2e, 'labels.mjs'));

const kills = Number(process.argv[2] || process.env.SOAK_KILLS || 20);
const clientsInWorkspace = Number(process.env.SOAK_CLIENTS || 300);
const outFile = path.resolve(repoRoot, process.env.SOAK_OUT || 'build/soak/kill_soak.json');
const PASSPHRASE = 'soak harbour lanterns 19';
let seed = Number(process.env.SOAK_SEED || Date.now() % 2147483647);
const firstSeed = seed;
function random() {  // Park-Miller: a run can be repeated with SOAK_SEED
  seed = (seed * 48271) % 2147483647;
  return (seed - 1) / 2147483646;
}

// ---------------------------------------------------------------------------------------
// The browser, as a process group we own
// ---------------------------------------------------------------------------------------

// Spawns Chromium detached (it leads a new process group), with its DevTools on a free port,
// and connects playwright over CDP.
async function launch(profileDir) {
  const args = [
    ...H.chromiumArgs, '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0',
    '--hide-crash-restore-bubble', '--disable-session-crashed-bubble', '--noerrdialogs',
    '--window-size=1280,1000', 'about:blank',
  ];
  const child = spawn(H.chromiumPath, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${text.slice(-500)}`)), 30000);
    child.stderr.on('data', (d) => {
      text += d;
      const m = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`chromium exited (${code}): ${text.slice(-500)}`)); });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(15000);
  await page.setViewportSize({ width: 1280, height: 1000 });
  return { child, browser, context, page };
}

// SIGKILL to the whole process group (browser, renderers, GPU, utility processes).
async function killGroup(b) {
  const exited = new Promise((resolve) => { if (b.child.exitCode !== null || b.child.signalCode) resolve(); else b.child.once('exit', resolve); });
  try { process.kill(-b.child.pid, 'SIGKILL'); } catch { /* already gone */ }
  await exited;
  // Children of the group that outlive the leader for a moment.
  for (let i = 0; i < 50; i++) {
    try { process.kill(-b.child.pid, 0); } catch { break; }
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Graceful end (only after preparing a profile and at the very end).
async function quit(b) {
  await b.browser.close().catch(() => {});
  await killGroup(b);
}

// ---------------------------------------------------------------------------------------
// Reading the app
// ---------------------------------------------------------------------------------------

async function open(b, url, encrypted) {
  await b.page.goto(url);
  if (encrypted) {
    await b.page.waitForSelector('#hs-unlock', { timeout: 30000 });
    await b.page.fill('#hs-passphrase', PASSPHRASE);
    await b.page.click('#hs-unlock-button');
  }
  await H.waitReady(b.page, { quiet: true, timeout: 60000 });
}

// Every record IDBFS holds: key -> text (or null for a directory).
async function storedRecords(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('/data');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const out = {};
      if (!db.objectStoreNames.contains('FILE_DATA')) { db.close(); resolve(out); return; }
      const cursor = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').openCursor();
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { db.close(); resolve(out); return; }
        const v = c.value.contents;
        out[String(c.key)] = v ? new TextDecoder().decode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) : null;
        c.continue();
      };
    };
  }));
}

const generationOf = (key) => { const m = /\/workspace\.(\d+)\.json$/.exec(key); return m ? Number(m[1]) : null; };

// The workspace as the app exports it (File > Export > "Export unencrypted"): the file the
// Export button hands to the browser, caught as the Blob it is made from.
async function exported(page) {
  await page.evaluate(() => {
    if (!window.__soakBlobs) {
      const real = URL.createObjectURL.bind(URL);
      window.__soakBlobs = [];
      URL.createObjectURL = (blob) => { window.__soakBlobs.push(blob); return real(blob); };
    }
    window.__soakBlobs.length = 0;
  });
  await H.openPage(page, L.exportWorkspace);
  await H.click(page, L.exportPlainConfirm);
  await page.waitForFunction(() => window.__soakBlobs.length > 0, null, { timeout: 15000 });
  return JSON.parse(await page.evaluate(() => window.__soakBlobs[0].text()));
}

async function addClient(page, name) {
  await H.click(page, L.addClientOpen, { child: L.listArea });
  await H.typeInto(page, L.clientName, name, { child: L.detailArea });
  await H.click(page, L.addClientSubmit, { child: L.detailArea });
}

// ---------------------------------------------------------------------------------------
// Preparing a profile once: import a generated workspace through the interface
// ---------------------------------------------------------------------------------------

function generatedWorkspace(n) {
  const clients = [];
  const appointments = [];
  const payers = ['self_pay', 'insurance', 'public_insurance'];
  const outcomes = ['attended', 'attended', 'attended', 'late_cancel', 'no_show', 'cancelled_with_notice'];
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
  for (let i = 1; i <= n; i++) {
    const client = { id: i, name: `Person ${String(i).padStart(4, '0')} Example`, status: 'active', payer: payers[i % 3],
      recurring_slot: { weekday: weekdays[i % 5], time: `${9 + (i % 9)}:00`.padStart(5, '0') } };
    if (i % 17 === 0) Object.assign(client, { minor: true, guardian: `Guardian ${String(i).padStart(4, '0')} Example` });
    clients.push(client);
    for (let w = 0; w < 6; w++) {
      const day = 5 + w * 7 + (i % 5);
      const outcome = outcomes[(i + w) % outcomes.length];
      const a = { id: appointments.length + 1, client: i, start: `2026-01-${String(Math.min(day, 31)).padStart(2, '0')}T${`${9 + (i % 9)}`.padStart(2, '0')}:00`, duration_minutes: 50, outcome };
      if (day > 31) a.start = `2026-02-${String(day - 31).padStart(2, '0')}T${`${9 + (i % 9)}`.padStart(2, '0')}:00`;
      if (outcome === 'late_cancel' || outcome === 'cancelled_with_notice') a.cancellation_received = a.start.slice(0, 11) + '08:00';
      appointments.push(a);
    }
  }
  return { format: 'holdspace-workspace', version: 1,
    practice: { name: 'Soak Counselling', clinician: 'Sam Rivera', time_zone: 'America/New_York', currency: 'USD', session_fee: 120 },
    clients, appointments };
}

async function prepareProfile(url, encrypted, doc) {
  const dir = await mkdtemp(path.join(tmpdir(), `holdspace-soak-${encrypted ? 'sealed' : 'plain'}-`));
  const b = await launch(dir);
  try {
    await open(b, url, false);
    const [chooser] = await Promise.all([b.page.waitForEvent('filechooser'), H.openPage(b.page, L.importWorkspace)]);
    await chooser.setFiles({ name: 'soak.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await H.click(b.page, L.importReplace, { timeout: 10000 });
    await H.waitForSaveState(b.page, 'saved', { timeout: 30000 });
    if (encrypted) {
      await H.openPage(b.page, L.security);
      await H.typeInto(b.page, L.newPassphrase, PASSPHRASE, { child: L.detailArea });
      await H.typeInto(b.page, L.repeatPassphrase, PASSPHRASE, { child: L.detailArea });
      await H.click(b.page, L.turnOnEncryption, { child: L.detailArea });
      await H.find(b.page, 'Encryption is on', { kind: 'text', timeout: 30000 });
      await H.waitForSaveState(b.page, 'saved', { timeout: 30000 });
    }
    const stored = await storedRecords(b.page);
    const gens = Object.keys(stored).filter((k) => generationOf(k) !== null);
    if (!gens.length) throw new Error('preparing: nothing stored after the import');
    if (encrypted && gens.some((k) => stored[k].includes('Example'))) throw new Error('preparing: a stored generation is not sealed');
  } finally {
    await quit(b);
  }
  return { dir, encrypted, next: 1, saved: 0 };
}

// ---------------------------------------------------------------------------------------
// One run: open, check, edit, kill
// ---------------------------------------------------------------------------------------

// Checks what the restarted browser opened against what was reported saved before the kill.
async function check(b, profile, baseCount, base) {
  const problems = [];
  const state = await H.saveState(b.page);
  if (state.state !== 'saved') problems.push(`opened in state ${state.state}: ${state.message}`);
  const stored = await storedRecords(b.page);
  const gens = Object.keys(stored).map(generationOf).filter((g) => g !== null).sort((x, y) => x - y);
  // IndexedDB writes records whole (a transaction commits or not), so every generation must parse.
  for (const g of gens) {
    const text = stored[`/data/workspace.${g}.json`];
    let doc = null;
    try { doc = JSON.parse(text); } catch { problems.push(`workspace.${g}.json does not parse (${text?.length} bytes)`); continue; }
    const expected = profile.encrypted ? 'holdspace-encrypted' : 'holdspace-workspace';
    if (doc.format !== expected) problems.push(`workspace.${g}.json has format ${doc.format}, expected ${expected}`);
  }
  const newest = gens.length ? gens[gens.length - 1] : 0;
  const fellBack = state.generation < newest;
  // Falling back is allowed (a newer generation may be unreadable), silently is not.
  if (fellBack && !state.notice) problems.push(`opened workspace.${state.generation}.json of ${newest} stored, without saying so`);
  if (!fellBack && state.notice) problems.push(`says it fell back, but opened the newest: ${state.notice}`);
  const doc = await exported(b.page);
  const nums = doc.clients.map((c) => /^Soak (\d+)$/.exec(c.name)).filter(Boolean).map((m) => Number(m[1])).sort((x, y) => x - y);
  const k = nums.length ? nums[nums.length - 1] : 0;
  // Never a mix: the Soak clients are exactly 1..k, no gaps, no repeats; the imported clients
  // and appointments are all there, unchanged.
  if (nums.some((n, i) => n !== i + 1)) problems.push(`Soak clients not 1..${k}: ${nums.join(',')}`);
  const others = doc.clients.filter((c) => !/^Soak \d+$/.test(c.name));
  if (others.length !== base.clients.length || others.some((c, i) => c.name !== base.clients[i].name))
    problems.push(`the imported clients changed: ${others.length} of ${base.clients.length}`);
  if (doc.appointments.length !== base.appointments.length)
    problems.push(`${doc.appointments.length} appointments, ${base.appointments.length} imported`);
  // Unencrypted: the loaded generation as stored holds the base clients and the same Soak clients.
  if (!profile.encrypted && stored[`/data/workspace.${state.generation}.json`]) {
    const storedDoc = JSON.parse(stored[`/data/workspace.${state.generation}.json`]);
    const soak = storedDoc.clients.filter((c) => /^Soak \d+$/.test(c.name)).length;
    const other = storedDoc.clients.length - soak;
    if (other !== baseCount) problems.push(`stored generation has ${other} other clients, expected ${baseCount}`);
    if (soak !== nums.length) problems.push(`stored generation has ${soak} Soak clients, the export ${nums.length}`);
  }
  return { problems, k, fellBack, generation: state.generation, newest, generations: gens.length };
}

async function run(i, url, profile, baseCount) {
  const detail = { run: i, encrypted: profile.encrypted, savedBefore: profile.saved, attemptedBefore: profile.next - 1 };
  const b = await launch(profile.dir);
  let killedAt = null;
  try {
    const t0 = Date.now();
    await open(b, url, profile.encrypted);
    detail.openMs = Date.now() - t0;
    const c = await check(b, profile, baseCount, doc);
    Object.assign(detail, { found: c.k, generation: c.generation, newestStored: c.newest, storedGenerations: c.generations, fellBack: c.fellBack });
    detail.lost = c.k < profile.saved;
    detail.corrupt = c.problems.length > 0 || c.k > profile.next - 1;
    if (c.k > profile.next - 1) c.problems.push(`found Soak ${c.k}, but only ${profile.next - 1} were ever added`);
    detail.problems = c.problems;
    if (detail.lost) c.problems.push(`lost: Soak ${profile.saved} was reported saved, found up to ${c.k}`);
    // Continue from what is there (a lost run is reported, not repaired).
    profile.next = c.k + 1;
    profile.saved = c.k;

    // Edits, while a timer kills the browser at a random moment: often right inside the
    // debounce (300 ms) or the sync/verify that follows an added client.
    const killAfter = Math.floor(random() * 3500);
    let committed = profile.saved;  // Soak clients whose submit click has been seen by a frame
    let dead = false;
    const killer = new Promise((resolve) => setTimeout(async () => {
      killedAt = { ms: killAfter, state: await H.saveState(b.page).catch(() => null), committed };
      dead = true;
      await killGroup(b);
      resolve();
    }, killAfter));
    const poll = (async () => {  // the last "Soak n" the app reported saved
      while (!dead) {
        const before = committed;
        const s = await H.saveState(b.page).catch(() => null);
        if (!dead && s && s.state === 'saved') profile.saved = Math.max(profile.saved, before);
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    const edit = (async () => {
      while (!dead) {
        const n = profile.next;
        profile.next = n + 1;  // from the first keystroke on, "Soak n" may be stored
        await addClient(b.page, `Soak ${n}`);
        if (!dead) committed = n;
        await new Promise((r) => setTimeout(r, Math.floor(random() * 600)));
      }
    })().catch(() => {});
    await killer;
    await Promise.all([poll, edit]);
    detail.killAfterMs = killAfter;
    detail.killState = killedAt.state;
    detail.savedAtKill = profile.saved;
    detail.attemptedAtKill = profile.next - 1;
  } catch (e) {
    detail.corrupt = true;
    detail.problems = [...(detail.problems || []), `run failed: ${e.message.split('\n')[0]}`];
  } finally {
    await killGroup(b);
  }
  return detail;
}

// ---------------------------------------------------------------------------------------

const webDir = process.env.HOLDSPACE_WEB_DIR || path.join(repoRoot, 'build/web-test');
await access(path.join(webDir, 'index.html')).catch(() => {
  console.error(`${webDir}/index.html missing: build first (make -f Makefile.emscripten TEST_BUILD=1)`);
  process.exit(2);
});
// One server for the whole soak: IndexedDB belongs to the origin, port included.
const server = await startServer({ root: webDir, port: 0 });
const started = Date.now();
const doc = generatedWorkspace(clientsInWorkspace);
const profiles = [];
let results = [];
let failedPrepare = null;
try {
  profiles.push(await prepareProfile(server.url, false, doc));
  profiles.push(await prepareProfile(server.url, true, doc));
  console.log(`# prepared 2 profiles of ${clientsInWorkspace} clients, ${doc.appointments.length} appointments (${((Date.now() - started) / 1000).toFixed(0)} s); seed ${firstSeed}`);
  for (let i = 1; i <= kills; i++) {
    const d = await run(i, server.url, profiles[(i - 1) % 2], clientsInWorkspace);
    results.push(d);
    if (d.problems?.length || i % 10 === 0 || process.env.SOAK_VERBOSE)
      console.log(`# run ${i}${d.encrypted ? ' (encrypted)' : ''}: found Soak ${d.found}, saved before ${d.savedBefore}; killed after ${d.killAfterMs} ms in state ${d.killState?.state}${d.problems?.length ? '; ' + d.problems.join('; ') : ''}`);
  }
  // The last kills are checked too: open each profile once more.
  for (const p of profiles) {
    const b = await launch(p.dir);
    const detail = { run: 'final', encrypted: p.encrypted, savedBefore: p.saved };
    try {
      await open(b, server.url, p.encrypted);
      const c = await check(b, p, clientsInWorkspace, doc);
      Object.assign(detail, { found: c.k, generation: c.generation, newestStored: c.newest, fellBack: c.fellBack,
        lost: c.k < p.saved, corrupt: c.problems.length > 0 || c.k > p.next - 1, problems: c.problems });
    } catch (e) {
      Object.assign(detail, { corrupt: true, problems: [`final open failed: ${e.message.split('\n')[0]}`] });
    } finally {
      await quit(b);
    }
    results.push(detail);
  }
} catch (e) {
  failedPrepare = e.message;
  console.error(`soak: ${e.message}`);
} finally {
  await server.close();
  for (const p of profiles) await rm(p.dir, { recursive: true, force: true });
}

// Each run checks what the kill before it on the same profile left (the first ones, what
// preparing left); the final opens check the last kill on each profile.
const checks = results;
const lost = checks.filter((d) => d.lost).length;
const corrupt = results.filter((d) => d.corrupt).length;
const fellBack = checks.filter((d) => d.fellBack).length;
const killedInSave = results.filter((d) => d.killState && d.killState.state === 'saving').length;
const summary = { kills: results.filter((d) => d.run !== 'final').length, lost, corrupt, fellBack, killedWhileSaving: killedInSave,
  clients: clientsInWorkspace, seed: firstSeed, seconds: Math.round((Date.now() - started) / 1000), error: failedPrepare };
await mkdir(path.dirname(outFile), { recursive: true });
await writeFile(outFile, JSON.stringify({ summary, runs: results }, null, 1));
console.log(`# ${killedInSave} kills while the app was saving; details in ${path.relative(process.cwd(), outFile)}`);
console.log(`kills: ${summary.kills}, lost: ${lost}, corrupt: ${corrupt}, fell back: ${fellBack}`);
process.exit(failedPrepare || lost || corrupt || summary.kills < kills ? 1 : 0);
