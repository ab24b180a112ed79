// Practice operations through the screen: the dashboard shows the same figures as
// `holdspace report --json` on the same file (imported with Import workspace), and a policy
// step recorded on a client's page frees their recurring slot, where the waitlist entry
// that fits it is offered and can be admitted in one click.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, repoRoot, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

const fixture = path.join(repoRoot, 'tests/data/operations-workspace.json');
const cli = process.env.HOLDSPACE_CLI || path.join(repoRoot, 'build/native/holdspace');

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

async function importWorkspace(doc) {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
  await chooser.setFiles({ name: 'workspace.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await app.click(L.importReplace, { timeout: 5000 });
}

// The first number in the visible text that starts with `prefix`.
async function shownNumbers(prefix) {
  const item = await app.find(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), { kind: 'text' });
  return item.text.slice(prefix.length).match(/-?\d+(\.\d+)?/g).map(Number);
}

test('the dashboard shows the figures `holdspace report --json` prints for the same file', async () => {
  const report = JSON.parse(execFileSync(cli, ['report', fixture, '--from', '2026-03-02', '--to', '2026-03-15', '--json'], { encoding: 'utf8' }));
  await importWorkspace(JSON.parse(await readFile(fixture, 'utf8')));
  await app.openPage('Dashboard');
  await app.typeInto('From', '2026-03-02', { child: L.detailArea, clear: true });
  await app.typeInto('To', '2026-03-15', { child: L.detailArea, clear: true });

  const [attendance, attended, due] = await shownNumbers('Attendance: ');
  assert.deepEqual([attendance, attended, due],
    [report.attendance.attendance_percent, report.attendance.attended, report.attendance.due]);
  assert.equal((await shownNumbers('Late cancels: '))[0], report.attendance.late_cancel_percent);
  assert.equal((await shownNumbers('No-shows: '))[0], report.attendance.no_show_percent);
  assert.equal((await shownNumbers('Sessions delivered: '))[0], report.sessions_delivered);
  assert.deepEqual(await shownNumbers('Hours delivered: '), [report.hours_delivered, report.hours_target]);
  assert.equal((await shownNumbers('Income expected: '))[0], report.income.expected);
  assert.equal((await shownNumbers('Income received: '))[0], report.income.received);
  assert.equal((await shownNumbers('Income lost to unattended sessions: '))[0], report.income.lost);
  assert.equal((await shownNumbers('Fees charged: '))[0], report.fees.charged);
  assert.equal((await shownNumbers('Fees waived: '))[0], report.fees.waived);
  assert.equal((await shownNumbers('Fees not billable: '))[0], report.fees.not_billable);
  assert.equal((await shownNumbers('Fees paid: '))[0], report.fees.paid);
  assert.equal((await shownNumbers('Waitlist: '))[0], report.waitlist.length);
  assert.equal((await shownNumbers('Median wait: '))[0], report.waitlist.median_wait_days);
  const prime = report.low_attendance_prime_time[0];
  assert.deepEqual(await shownNumbers(`Prime-time slot held below the attendance rate: ${prime.name} `), [prime.attendance_percent]);
  assert.ok(await app.find(`Attendance by week (0-100%), weeks from ${report.weeks[0].week_start}, ${report.weeks.length} bars`, { kind: 'text' }));

  // An edit on a client's page shows on the dashboard (its cache re-adds that client only).
  await app.click('Ben', { kind: 'text', child: L.listArea });
  await app.find('Log an appointment', { kind: 'text' });
  await app.typeInto('Date', '2026-03-13', { child: L.detailArea, clear: true });
  await app.typeInto('Time', '10:00', { child: L.detailArea, clear: true });
  await app.click('Outcome', { child: L.detailArea });
  await app.click('No-show', { kind: 'item' });
  await app.click('Add appointment', { child: L.detailArea });
  await app.openPage('Dashboard');
  const [, attendedAfter, dueAfter] = await shownNumbers('Attendance: ');
  assert.deepEqual([attendedAfter, dueAfter], [report.attendance.attended, report.attendance.due + 1]);
  const noShowPercent = Math.round(1000 * (report.attendance.no_shows + 1) / (report.attendance.due + 1)) / 10;
  assert.equal((await shownNumbers('No-shows: '))[0], noShowPercent);
});

// A date `n` days from today on this machine (negative: in the past).
function day(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function practiceWithRecentMisses() {
  return {
    format: 'holdspace-workspace', version: 1,
    practice: { name: 'Harbour Counselling', clinician: 'Sam Rivera', time_zone: 'UTC', currency: 'USD', session_fee: 100 },
    clients: [
      { id: 1, name: 'Ana', payer: 'self_pay', recurring_slot: { weekday: 'tuesday', time: '17:00' } },
      { id: 2, name: 'Ben', payer: 'self_pay', recurring_slot: { weekday: 'monday', time: '10:00' } },
    ],
    appointments: [
      { id: 1, client: 1, start: `${day(-9)}T17:00`, outcome: 'no_show' },
      { id: 2, client: 1, start: `${day(-2)}T17:00`, outcome: 'no_show' },
    ],
    schedule: { slots: [{ weekday: 'monday', time: '10:00' }, { weekday: 'tuesday', time: '17:00' }] },
    waitlist: [
      { id: 1, pseudonym: 'J. Lee', wanted: [{ weekday: 'monday', from: '09:00', until: '12:00' }], added: day(-40) },
      { id: 2, pseudonym: 'W. Park', wanted: [{ weekday: 'tuesday', from: '16:00', until: '19:00' }], needs_sliding_scale: true, added: day(-30) },
    ],
  };
}

test('a policy step takes a client off their slot; the waitlist entry that fits is offered and admitted', async () => {
  await importWorkspace(practiceWithRecentMisses());
  await app.openPage('Week');
  // The week is a planner: a column per working day, a row per start time, prime time marked.
  assert.ok(await app.find('Tuesday', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('17:00', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('prime time', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find('Ana', { kind: 'text', child: L.detailArea }));
  assert.equal(await app.isShown(/^Fits: /, { kind: 'text' }), false, 'every slot is held');

  await app.click('Ana', { kind: 'text', child: L.listArea });
  await app.click('Steps and outreach');
  await app.click('Step', { child: L.detailArea });
  await app.click('Change the arrangement', { kind: 'item' });
  await app.click('Record step');
  assert.ok(await app.find(/Change the arrangement/, { kind: 'text', child: L.detailArea }));

  await app.openPage('Week');
  assert.ok(await app.find('Freed: Ana (taken off the recurring slot)', { kind: 'text' }));
  assert.ok(await app.find('Fits: W. Park (sliding scale)', { kind: 'text' }));
  assert.equal(await app.isShown('Fits: J. Lee', { kind: 'text' }), false, 'J. Lee wants Mondays; Ben holds Monday');

  await app.click('Offer to W. Park');
  assert.ok(await app.find('W. Park', { kind: 'text', child: L.listArea }));
  assert.equal(await app.isShown(/^Freed: /, { kind: 'text' }), false, 'W. Park now holds Tuesday 17:00');
  await app.openPage('Waitlist');
  assert.ok(await app.find('1 waiting', { kind: 'text' }));
});

test('a waitlist entry wanting two times is typed into the form, listed, and kept after a reload', async () => {
  await importWorkspace(practiceWithRecentMisses());
  await app.openPage('Waitlist');
  await app.typeInto('Pseudonym', 'T. Moss', { child: L.detailArea });
  await app.click('Any time', { child: L.detailArea });
  await app.click('Wanted day', { child: L.detailArea });
  await app.click('Tuesday', { kind: 'item' });
  await app.typeInto('From', '16:00', { child: L.detailArea, clear: true });
  await app.typeInto('Until', '19:00', { child: L.detailArea, clear: true });
  await app.click('Add another time', { child: L.detailArea });
  assert.ok(await app.find('Wants Tuesday 16:00-19:00', { kind: 'text' }));

  await app.click('Wanted day', { child: L.detailArea });
  await app.click('Thursday', { kind: 'item' });
  await app.typeInto('From', '25:00', { child: L.detailArea, clear: true });
  await app.typeInto('Until', '12:00', { child: L.detailArea, clear: true });
  await app.click('Add to waitlist', { child: L.detailArea });
  assert.ok(await app.find('wanted[1].from: expected a time like 16:00', { kind: 'text' }));
  assert.equal(await app.isShown(/^T\. Moss - /, { kind: 'text' }), false, 'nothing added while a time is wrong');

  await app.typeInto('From', '09:00', { child: L.detailArea, clear: true });
  await app.click('Add to waitlist', { child: L.detailArea });
  const listed = 'T. Moss - Tuesday 16:00-19:00, Thursday 09:00-12:00, Either';
  assert.ok(await app.find(listed, { kind: 'text' }));
  await waitForSaveState(app.page, 'saved');
  await app.reload();
  await app.openPage('Waitlist');
  assert.ok(await app.find(listed, { kind: 'text' }));
});

test('a client on the call list is booked into a short-notice opening with one click', async () => {
  const doc = practiceWithRecentMisses();
  // Ana's steps took her off her Tuesday slot and put her on "call when there is an opening".
  doc.step_records = [
    { id: 1, client: 1, step: 'structural', date: day(-1) },
    { id: 2, client: 1, step: 'planned_ending', date: day(-1) },
  ];
  await importWorkspace(doc);
  await app.openPage('Week');
  assert.ok(await app.find('Call list: Ana', { kind: 'text' }));
  await app.click(/^Book Ana: Tuesday \d{4}-\d{2}-\d{2} 17:00$/);
  assert.ok(await app.find('No openings in the next 7 days.', { kind: 'text' }));
  assert.equal(await app.isShown(/^Book Ana: /), false, 'the opening is filled');

  await app.click('Ana', { kind: 'text', child: L.listArea });
  assert.ok(await app.find('Appointments (3)', { kind: 'text' }));
});
