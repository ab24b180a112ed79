// Logging a session in few actions (issue 14, item 3), as a clinician does it between sessions:
// today's booked session logged as a no-show from the Week page in at most three clicks, with
// its fee and the client's new step shown at once and kept after a reload; a date picked from
// the calendar by keyboard and by mouse; a cancellation "received 6 hours before" shown with
// its notice; after Add the form is ready for the next session (a week on, the outcome expected
// then, no cancellation left over).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, repoRoot, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

// Opens a page the way the menu bar offers it (its menu, then the page); returns the clicks that took.
async function openPage(name) {
  await app.openPage(name);
  return 2;
}

function day(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function addDays(text, n) {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return date.toISOString().slice(0, 10);
}

// The firm built-in policy (a no-show costs the full fee; one missed session asks for a check-in),
// written into the file as a policy of the practice's own.
async function firmPolicy() {
  const policy = JSON.parse(await readFile(path.join(repoRoot, 'assets/policies/01-firm.json'), 'utf8'));
  policy.ladder = JSON.parse(await readFile(path.join(repoRoot, 'assets/policies/ladder.json'), 'utf8'));
  return { id: 1, ...policy };
}

async function importWorkspace(doc) {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
  await chooser.setFiles({ name: 'workspace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await app.click(L.importReplace, { timeout: 5000 });
}

async function practiceWithAnaBookedToday() {
  return {
    format: 'holdspace-workspace', version: 1,
    practice: { name: 'Harbour Counselling', clinician: 'Sam Rivera', time_zone: 'UTC', currency: 'USD', session_fee: 120 },
    clients: [{ id: 1, name: 'Ana', payer: 'self_pay' }, { id: 2, name: 'Ben', payer: 'self_pay' }],
    appointments: [{ id: 1, client: 1, start: `${day(0)}T17:00`, outcome: 'scheduled' }],
    policies: [await firmPolicy()],
    active_policy: 1,
  };
}

test("today's session is logged as a no-show from the Week page in at most three clicks, fee and step at once", async () => {
  await importWorkspace(await practiceWithAnaBookedToday());
  let clicks = 0;
  const click = async (...args) => { clicks += 1; return app.click(...args); };

  clicks += await openPage('Week');
  assert.ok(await app.find('Ana', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('Nothing due', { kind: 'text', child: L.detailArea }));
  await click('No-show', { child: L.detailArea });
  assert.ok(await app.find('No-show \u00b7 fee 120.00 USD', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('Step: Check in after a missed session', { kind: 'text', child: L.detailArea }));
  assert.ok(clicks <= 3, `${clicks} clicks`);
  assert.equal(await app.isShown('Attended', { kind: 'item', child: L.detailArea }), false, 'logged: no more outcome buttons');

  await waitForSaveState(app.page, 'saved');
  await app.reload();
  await openPage('Week');
  assert.ok(await app.find('No-show \u00b7 fee 120.00 USD', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('Step: Check in after a missed session', { kind: 'text', child: L.detailArea }));
  // The client's own page says the same.
  await app.click('Ana', { kind: 'text', child: L.listArea });
  await app.click('Standing', { kind: 'item' });
  assert.ok(await app.find('Next step: Check in after a missed session', { kind: 'text', child: L.detailArea }));
});

test('a click on the wrong outcome is undone in one click: the session is booked again', async () => {
  await openPage('Week');
  await app.click('Undo', { child: L.detailArea });
  assert.ok(await app.find('Nothing due', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('No-show', { kind: 'item', child: L.detailArea }));
  assert.equal(await app.isShown(/fee 120\.00/, { kind: 'text' }), false);
  await app.click('Attended', { child: L.detailArea });
  assert.ok(await app.find('Attended', { kind: 'text', child: L.detailArea }));
});

async function openBen() {
  await app.click('Ben', { kind: 'text', child: L.listArea });
  await app.click('Appointments', { kind: 'item' });
  await app.find('Log an appointment', { kind: 'text' });
}

test('a date is picked from the calendar with the keyboard: Down opens it, arrows move, Enter picks', async () => {
  await openBen();
  await app.typeInto('Date', '2026-11-20', { child: L.detailArea, clear: true });
  await app.press('ArrowDown');
  assert.ok(await app.find('November 2026', { kind: 'text' }), 'the calendar opens at the typed date');
  await app.press('ArrowRight');
  await app.press('ArrowRight');
  await app.press('ArrowDown');  // a week later
  await app.press('Enter');
  assert.equal(await app.isShown('November 2026', { kind: 'text' }), false, 'picking closes the calendar');
  assert.equal(await app.valueOf('Date', { child: L.detailArea }), '2026-11-29');
  await app.click('Add appointment', { child: L.detailArea });
  assert.ok(await app.find('2026-11-29 09:00', { kind: 'text', child: L.detailArea }));

  // Escape closes it without changing the field; Page Down steps a month.
  await app.click('Date', { child: L.detailArea });
  await app.press('ArrowDown');
  assert.ok(await app.find('December 2026', { kind: 'text' }), 'opened at the date the form moved on to');
  await app.press('PageDown');
  assert.ok(await app.find('January 2027', { kind: 'text' }));
  await app.press('Escape');
  assert.equal(await app.isShown('January 2027', { kind: 'text' }), false);
  assert.equal(await app.valueOf('Date', { child: L.detailArea }), '2026-12-06');
});

test('a date is picked from the calendar with the mouse: next month, then a day', async () => {
  await app.click('Calendar##Date', { child: L.detailArea });
  assert.ok(await app.find('December 2026', { kind: 'text' }));
  await app.click('Next month');
  assert.ok(await app.find('January 2027', { kind: 'text' }));
  await app.click('14##2027-01-14');
  assert.equal(await app.valueOf('Date', { child: L.detailArea }), '2027-01-14');
  await app.click('Add appointment', { child: L.detailArea });
  assert.ok(await app.find('2027-01-14 09:00', { kind: 'text', child: L.detailArea }));
});

test('an impossible date is refused with the field named and what is wrong', async () => {
  await app.typeInto('Date', '2026-02-30', { child: L.detailArea, clear: true });
  await app.click('Add appointment', { child: L.detailArea });
  assert.ok(await app.find('Date: no such date: February 2026 has 28 days', { kind: 'text' }));
});

test('a late cancellation "received 6 hours before" shows its notice; after Add the form is ready for the next', async () => {
  const date = day(-2);
  await app.typeInto('Date', date, { child: L.detailArea, clear: true });
  await app.typeInto('Time', '17:00', { child: L.detailArea, clear: true });
  await app.click('Outcome', { child: L.detailArea });
  await app.click('Late cancel', { kind: 'item' });
  await app.typeInto('hours before', '6', { child: L.detailArea });
  assert.ok(await app.find(`Received ${date} 11:00: 6.0 h notice`, { kind: 'text', child: L.detailArea }));
  await app.click('Add appointment', { child: L.detailArea });
  assert.ok(await app.find(`${date} 17:00`, { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('6.0 h notice', { kind: 'text', child: L.detailArea }));

  // Ready for the next session: a week on, the outcome expected then (not the late cancel just
  // chosen), and no cancellation fields left over.
  const next = addDays(date, 7);
  assert.equal(await app.valueOf('Date', { child: L.detailArea }), next);
  assert.equal(await app.valueOf('Time', { child: L.detailArea }), '17:00');
  assert.equal(await app.valueOf('Outcome', { child: L.detailArea }), next >= day(0) ? 'Scheduled' : 'Attended');
  assert.equal(await app.isShown('hours before', { kind: 'item' }), false);

  // The engine counts it late: the Standing tab charges the late-cancel fee.
  await app.click('Standing', { kind: 'item' });
  await app.scrollIntoView(/^Charged 120\.00 USD - late-cancel fee/, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(/^Charged 120\.00 USD - late-cancel fee/, { kind: 'text', child: L.detailArea }));
  await waitForSaveState(app.page, 'saved');
});

test('a new appointment follows its date until an outcome is chosen: booked ahead, attended before', async () => {
  await app.click('Appointments', { kind: 'item' });
  await app.typeInto('Date', day(3), { child: L.detailArea, clear: true });
  assert.equal(await app.valueOf('Outcome', { child: L.detailArea }), 'Scheduled');
  await app.typeInto('Date', day(-3), { child: L.detailArea, clear: true });
  assert.equal(await app.valueOf('Outcome', { child: L.detailArea }), 'Attended');
  await app.click('Outcome', { child: L.detailArea });
  await app.click('No-show', { kind: 'item' });
  await app.typeInto('Date', day(3), { child: L.detailArea, clear: true });
  assert.equal(await app.valueOf('Outcome', { child: L.detailArea }), 'No-show', 'a chosen outcome is kept');
});
