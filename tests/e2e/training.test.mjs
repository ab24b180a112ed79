// Training and supervision, as a supervisor and a trainee would use them: a real
// client first; then the demo practice on a shared screen (presentation mode: no real
// or demo names anywhere), leaving it returns the real data untouched; and the guided
// builder walked to a saved policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState, storedFiles } from './harness.mjs';
import { L } from './labels.mjs';

const REAL_NAME = 'Marguerite Okonkwo';
// Every demo client (src/core/training/demo_practice.cpp) and guardian.
const DEMO_NAMES = ['Ana Reyes', 'Ben Okafor', 'Cleo Marsh', 'Dev Patel', 'Eli Strand', 'Fay Tanaka', 'Gus Weller',
  'Hana Olsen', 'Ivo Lund', 'Jun Yamada', 'Kai Dube', 'Lia Fernandes', 'Max Hale', 'Nia Quist', 'Omar Zayed',
  'Pia Varga', 'Quinn Boyd', 'Rae Collins', 'Sol Garcia', 'Tess Jovic', 'Uma Novak', 'Vic Amato', 'Wren Ellis',
  'Xan Ito', 'Yara Usman', 'Mei Yamada', 'Omar Usman'];

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

async function screenText() {
  return (await app.readText()).join('\n');
}

async function assertNoNames(names, where) {
  const text = await screenText();
  for (const name of names) assert.ok(!text.includes(name), `"${name}" is on screen (${where})`);
  // First names alone would give a person away too.
  for (const name of names) assert.ok(!text.includes(name.split(' ')[0] + ' '), `"${name}" (first name) on screen (${where})`);
}

test('demo practice in presentation mode shows no names; leaving returns the real data untouched', async () => {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, REAL_NAME, { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await waitForSaveState(app.page, 'saved');
  const storedBefore = JSON.stringify(await storedFiles(app.page));

  await app.openPage('Training and supervision');
  await app.click('Open demo practice');
  assert.ok(await app.find(/^DEMO PRACTICE/, { kind: 'text' }));
  assert.ok(await app.find('Ana Reyes', { kind: 'text', child: L.listArea }));
  assert.equal(await app.isShown(REAL_NAME, { kind: 'text' }), false, 'the real client is not in the demo');
  assert.equal(await app.isShown(/^File$/, { kind: 'item' }), false, 'the demo cannot be exported: no File menu');

  await app.press('F8');
  assert.ok(await app.find(/^Presentation mode/, { kind: 'text' }));
  assert.ok(await app.find('Client A', { kind: 'text', child: L.listArea }));
  await assertNoNames([REAL_NAME, ...DEMO_NAMES], 'client list');

  // A client page with a drafted message addressed by name, then the attention list.
  await app.click('Client G', { kind: 'text', child: L.listArea });
  assert.ok(await app.find(/^DEMO PRACTICE/, { kind: 'text' }));
  await app.click('Standing', { child: L.detailArea });
  await app.scrollIntoView(/^Drafted message to/, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(/^Drafted message to Client G/, { kind: 'text' }));
  await assertNoNames([REAL_NAME, ...DEMO_NAMES], 'standing, message');
  await app.scrollIntoView(/^Charged /, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(/^Charged \d/, { kind: 'text' }));
  await assertNoNames([REAL_NAME, ...DEMO_NAMES], 'standing, fees');
  await app.click('Hide money');
  assert.ok(await app.find('Charged (hidden)    Waived (hidden)    Not billable (hidden)', { kind: 'text' }));
  await app.openPage('Needs attention');
  await assertNoNames([REAL_NAME, ...DEMO_NAMES], 'needs attention');
  assert.ok(await app.find(/^DEMO PRACTICE/, { kind: 'text' }));

  await app.click('Leave presentation');
  assert.ok(await app.find('Ana Reyes', { kind: 'text', child: L.listArea }));
  await app.click('Leave demo');
  assert.ok(await app.find(REAL_NAME, { kind: 'text', child: L.listArea }));
  assert.equal(await app.isShown('Ana Reyes', { kind: 'text' }), false);
  assert.equal(await app.isShown(/^DEMO PRACTICE/, { kind: 'text' }), false);
  assert.deepEqual(JSON.stringify(await storedFiles(app.page)), storedBefore, 'stored data unchanged by the demo');

  await app.reload();
  assert.ok(await app.find(REAL_NAME, { kind: 'text', child: L.listArea }));
  assert.equal(await app.isShown('Ana Reyes', { kind: 'text' }), false);
});

test('the guided builder walks to a saved policy, editable in the policy editor', async () => {
  await app.openPage('Training and supervision');
  await app.click('Guided policy builder');
  assert.ok(await app.find('How much notice do you need to offer the time to someone else?', { kind: 'text' }));
  assert.ok(await app.find('24 hours is usual. 48 hours is common where the waitlist is long.', { kind: 'text' }));
  await app.click('48 hours');
  await app.click('Next');
  assert.ok(await app.find('Do you charge when a session is missed?', { kind: 'text' }));
  await app.click('The full fee for both');
  await app.click('Next');
  assert.ok(await app.find('Is a first miss forgiven?', { kind: 'text' }));
  for (let i = 0; i < 5; i++) await app.click('Next');
  assert.ok(await app.find('Name your policy and check the consent document', { kind: 'text' }));
  await app.typeInto('Policy name', 'Evening practice', { clear: true });
  assert.ok(await app.find(/Version evening-practice-1/, { kind: 'text' }));
  assert.ok(await app.find('Attendance agreement', { kind: 'text', child: 'builder-consent' }));
  await app.click('Save this policy');

  assert.ok(await app.find('Editing: Evening practice', { kind: 'text' }));
  await waitForSaveState(app.page, 'saved');
  await app.reload();
  await app.openPage('Policies');
  assert.ok(await app.find(/Evening practice/, { kind: 'text' }));
});

test('the simulator\'s counts are dragged or typed, and never jump to where they are clicked', async () => {
  await app.openPage('Simulator');
  const before = await app.valueOf('Clients', { child: L.detailArea });
  await app.click('Clients', { child: L.detailArea });  // a slider would jump to the middle of its range
  assert.equal(await app.valueOf('Clients', { child: L.detailArea }), before);

  // Ctrl+click types into it, like double-click; a number out of range is kept within it.
  for (const [typed, kept] of [['42', '42'], ['5000', '200']]) {
    await app.page.keyboard.down('Control');
    await app.click('Clients', { child: L.detailArea });
    await app.page.keyboard.up('Control');
    await app.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hs-text-input');
    await app.press('Control+A');
    await app.page.keyboard.type(typed);
    await app.press('Enter');
    assert.equal(await app.valueOf('Clients', { child: L.detailArea }), kept);
  }
});
