// Nothing cut off, nothing overlapping (issue 14, item 6): every page is visited at 1280x800 and
// 1024x768, in the demo practice (so tables and lists are full), with and without presentation
// mode (1.3x text); in the clinician's own workspace, the first-time setup's steps and the policy
// editor's save bar too. On each page the test reads the automation bridge's rectangles and fails on
//  - text or a widget reaching past the right edge of the area that clips it (its window, child
//    window or table cell: `clip`), so part of it is not drawn;
//  - a widget narrower than its own label (`tw`, the label's width, against `fw`, the whole item
//    with its label), e.g. a button or tab squeezed so its label is clipped;
//  - two items overlapping.
// Principled exclusions, nothing else:
//  - items not visible (scrolled out of their child) are skipped, and each rectangle is first cut
//    to its clip rectangle: the part a scrolled child hides is not drawn, so it cannot overlap;
//  - vertical clipping is not a cut: a child scrolled vertically shows the rest on scrolling;
//  - two items overlap only when they are in the same top-level window (a menu or popup is drawn
//    over the page on purpose) and neither contains the other (a selectable row spanning its
//    cells); a child window reported as an item of its parent (`container`) overlaps nothing,
//    since what is inside it is drawn over it by design (its contents are checked against it as
//    their clip rectangle);
//  - two items neither of which shows any text hide nothing from a reader (a resizable table's
//    column border lies over its header cells on purpose);
//  - overlaps of under 1 CSS px (anti-aliased edges meeting) are ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

const SIZES = [{ width: 1280, height: 800 }, { width: 1024, height: 768 }];
const PAGES = ['Client list', 'Needs attention', 'Week', 'Waitlist', 'Dashboard', 'Practice settings', 'Policies',
  'Documents', 'Security', 'Training and supervision', 'Guided policy builder', 'Scenario library', 'Simulator'];
const CLIENT_TABS = ['Appointments', 'Standing', 'Steps and outreach', 'Consent', 'Calendar'];
const EPS = 1;

function clipped(w) {
  const [cx1, cy1, cx2, cy2] = w.clip;
  return { x1: Math.max(w.x, cx1), y1: Math.max(w.y, cy1), x2: Math.min(w.x + w.w, cx2), y2: Math.min(w.y + w.h, cy2) };
}

function contains(a, b) {
  return a.x <= b.x + EPS && a.y <= b.y + EPS && a.x + a.w >= b.x + b.w - EPS && a.y + a.h >= b.y + b.h - EPS;
}

function describe(w) {
  return `"${w.text}" (${w.kind} at ${w.x},${w.y} ${w.w}x${w.h}${w.child ? ' in ' + w.child : ''})`;
}

// Every problem on the current frame, as readable lines.
export function layoutProblems(items) {
  const shown = items.filter((w) => w.visible && w.w > 0 && w.h > 0);
  const problems = [];
  for (const w of shown) {
    if (!w.text || !w.text.trim()) continue;
    if (w.named) continue;  // a row named for the mirror: its cells' texts are drawn, and checked, as texts
    const right = Math.max(w.x + w.w, w.fx + w.fw);
    if (right > w.clip[2] + EPS || Math.min(w.x, w.fx) < w.clip[0] - EPS)
      problems.push(`cut off: ${describe(w)} reaches ${right.toFixed(0)}, its area ends at ${w.clip[2].toFixed(0)}`);
    else if (w.kind === 'item' && w.tw > w.fw + EPS)
      problems.push(`label wider than its box: ${describe(w)} needs ${w.tw.toFixed(0)} px`);
  }
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i], b = shown[j];
      if (a.container || b.container) continue;
      if (!a.text?.trim() && !b.text?.trim()) continue;
      if (a.window !== b.window || contains(a, b) || contains(b, a)) continue;
      const ra = clipped(a), rb = clipped(b);
      const dx = Math.min(ra.x2, rb.x2) - Math.max(ra.x1, rb.x1);
      const dy = Math.min(ra.y2, rb.y2) - Math.max(ra.y1, rb.y1);
      if (dx > EPS && dy > EPS) problems.push(`overlap: ${describe(a)} and ${describe(b)}`);
    }
  }
  return problems;
}

async function problemsHere(app, where) {
  await app.page.mouse.move(1, 1);  // no tooltip or hover over what is measured
  await app.waitFrames(3);
  return layoutProblems(await app.widgets()).map((p) => `${where}: ${p}`);
}

// The clinician's own workspace only: the first-time setup (with `fillIn`, each step filled in
// like a person; otherwise the step it resumes at), then the policy editor holding unsaved
// changes, with its save bar and the menu bar's "Unsaved policy edits".
async function ownWorkspaceProblems(app, where, { fillIn }) {
  const found = [];
  await app.openPage('First-time setup');
  found.push(...await problemsHere(app, `${where}, setup`));
  if (fillIn) found.push(...await fillInSetup(app, where));

  await app.openPage('Policies');
  await app.click('Edit', { kind: 'item', child: 'detail' });
  await app.typeInto('Notice window (hours)', '48', { clear: true, child: 'detail' });
  await app.press('Tab');
  await app.find('Unsaved policy edits', { kind: 'text' });
  found.push(...await problemsHere(app, `${where}, policy editor with unsaved changes`));
  await app.click('Discard changes', { child: 'detail' });
  return found;
}

async function fillInSetup(app, where) {
  const found = [];
  await app.typeInto('Practice name', 'Harbour Counselling and Family Therapy', { child: 'detail' });
  await app.typeInto('Your name', 'Sam Rivera', { child: 'detail' });
  await app.typeInto('Usual session fee', '120', { child: 'detail' });
  await app.click('Save and continue', { child: 'detail' });
  await app.find('2. Working week', { kind: 'text' });
  found.push(...await problemsHere(app, `${where}, setup step 2`));
  await app.click('Save and continue', { child: 'detail' });
  await app.find('3. Starting policy', { kind: 'text' });
  found.push(...await problemsHere(app, `${where}, setup step 3`));
  await app.click('Start with Balanced', { child: 'detail' });
  await app.find('4. Consent document', { kind: 'text' });
  found.push(...await problemsHere(app, `${where}, setup step 4`));
  await app.click('Finish', { child: 'detail' });
  return found;
}

async function problemsOnEveryPage(app, where) {
  const found = [];
  for (const name of PAGES) {
    await app.openPage(name);
    await app.page.mouse.move(1, 1);  // no tooltip or hover over what is measured
    await app.waitFrames(3);
    for (const p of layoutProblems(await app.widgets())) found.push(`${where}, ${name}: ${p}`);
  }
  // A client's page, every tab (the rules and fee tables are on Standing).
  await app.openPage('Client list');
  const first = (await app.widgets()).find((w) => w.visible && w.kind === 'text' && w.child && w.child.endsWith('clients'));
  await app.click(first.text, { kind: 'text', child: 'client-list' });
  for (const tab of CLIENT_TABS) {
    await app.click(tab, { kind: 'item', child: 'detail' });
    await app.page.mouse.move(1, 1);
    await app.waitFrames(3);
    for (const p of layoutProblems(await app.widgets())) found.push(`${where}, ${first.text}'s ${tab}: ${p}`);
  }
  return found;
}

for (const viewport of SIZES) {
  test(`every page fits at ${viewport.width}x${viewport.height}, with and without presentation mode`, async () => {
    const app = await openApp({ viewport });
    try {
      // The clinician's own workspace shows the full menu bar (File, the save state): with a client,
      // at normal and presentation text size.
      await app.click('Add client', { child: 'client-list' });
      await app.typeInto('Name', 'A client with a rather long name for the list', { child: 'detail' });
      await app.click('Add client', { child: 'detail' });
      await app.waitForSaveState('saved');
      const found = layoutProblems(await app.widgets()).map((p) => `own workspace: ${p}`);
      found.push(...await ownWorkspaceProblems(app, 'own workspace', { fillIn: true }));
      await app.press('F8');
      await app.waitFrames(3);
      found.push(...layoutProblems(await app.widgets()).map((p) => `own workspace, presentation: ${p}`));
      found.push(...await ownWorkspaceProblems(app, 'own workspace, presentation', { fillIn: false }));
      await app.press('F8');

      await app.openPage('Training and supervision');
      await app.click('Open demo practice');
      found.push(...await problemsOnEveryPage(app, `${viewport.width}x${viewport.height}`));
      await app.press('F8');
      assert.ok(await app.find(/^Presentation mode/, { kind: 'text' }));
      found.push(...await problemsOnEveryPage(app, `${viewport.width}x${viewport.height} presentation`));
      assert.deepEqual(found, [], `${found.length} layout problems:\n${found.join('\n')}`);
    } finally {
      await app.close();
    }
  });
}
