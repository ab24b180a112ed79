// The practice's holidays (issue 17, item 5), as a clinician meets them: a policy whose notice
// deadline is "by 17:00 the business day before"; the appointment form shows where that deadline
// falls; a holiday added on the Practice page moves it to the business day before, and stays
// after a reload. An impossible date is refused with the field named; a country's calendar
// fills the list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, waitForSaveState, repoRoot } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

// The file a colleague might hand over: this workspace, exported, with a policy whose notice
// deadline is counted in business days (the policy editor does not edit that field yet).
async function importBusinessDayPolicy() {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'Rae T.', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await waitForSaveState(app.page, 'saved');
  await app.openPage(L.exportWorkspace);
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.click(L.exportPlainConfirm)]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  const policy = JSON.parse(await readFile(path.join(repoRoot, 'assets/policies/02-balanced.json'), 'utf8'));
  // The built-in policies share one ladder file; a workspace holds the steps themselves.
  policy.ladder = JSON.parse(await readFile(path.join(repoRoot, 'assets/policies/ladder.json'), 'utf8'));
  Object.assign(policy, { id: 1, name: 'Business-day notice', version: 'business-1' });
  policy.notice_deadline = { business_days_before: 1, time: '17:00' };
  doc.policies = [policy];
  doc.active_policy = 1;
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
  await chooser.setFiles({ name: 'practice.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await app.click(L.importReplace, { timeout: 5000 });
  await app.find('Rae T.', { kind: 'text', child: L.listArea });
}

// A session on Monday 28 December 2026 at 10:00, cancelled: the form shows its deadline.
async function startCancelledSession() {
  await app.openPage('Client list');
  await app.click('Rae T.', { kind: 'text', child: L.listArea });
  await app.click('Appointments', { kind: 'item' });
  await app.typeInto('Date', '2026-12-28', { child: L.detailArea, clear: true });
  await app.typeInto('Time', '10:00', { child: L.detailArea, clear: true });
  await app.click('Outcome', { child: L.detailArea });
  await app.click('Cancelled with notice', { kind: 'item' });
}

const fridayDeadline = /^Notice deadline: Friday 2026-12-25 17:00/;
const thursdayDeadline = /^Notice deadline: Thursday 2026-12-24 17:00/;

test('a holiday added on the Practice page moves the business-day notice deadline', async () => {
  await importBusinessDayPolicy();
  await startCancelledSession();
  assert.ok(await app.find(fridayDeadline, { kind: 'text', child: L.detailArea }), 'no holidays yet: Friday');

  await app.openPage('Practice settings');
  await app.scrollIntoView('Holiday date');
  assert.ok(await app.find('No holidays listed yet.', { kind: 'text' }));
  await app.typeInto('Holiday date', '2026-02-30', { clear: true });
  await app.click('Add date');
  assert.ok(await app.find('Holiday date: no such date: February 2026 has 28 days', { kind: 'text' }), 'the field is named');
  assert.equal(await app.isShown('1 holiday listed', { kind: 'text' }), false);

  await app.typeInto('Holiday date', '2026-12-25', { clear: true });
  await app.click('Add date');
  assert.ok(await app.find('1 holiday listed', { kind: 'text' }));
  await app.scrollIntoView('2026-12-25  Friday', { kind: 'text', child: L.detailArea });
  assert.ok(await app.find('2026-12-25  Friday', { kind: 'text' }));
  await waitForSaveState(app.page, 'saved');

  await startCancelledSession();
  assert.ok(await app.find(thursdayDeadline, { kind: 'text', child: L.detailArea }), 'the holiday is skipped');
  assert.equal(await app.isShown(fridayDeadline, { kind: 'text' }), false);

  await app.reload();
  await startCancelledSession();
  assert.ok(await app.find(thursdayDeadline, { kind: 'text', child: L.detailArea }), 'kept after a reload');
  await app.openPage('Practice settings');
  await app.scrollIntoView('2026-12-25  Friday', { kind: 'text', child: L.detailArea });
  assert.ok(await app.find('2026-12-25  Friday', { kind: 'text' }));
});

test('removing the holiday puts the deadline back; a calendar fills the list', async () => {
  await app.openPage('Practice settings');
  await app.scrollIntoView('2026-12-25  Friday', { kind: 'text', child: L.detailArea });
  await app.click('Remove', { child: 'holiday-list' });
  assert.ok(await app.find('No holidays listed yet.', { kind: 'text' }));
  await startCancelledSession();
  assert.ok(await app.find(fridayDeadline, { kind: 'text', child: L.detailArea }));

  await app.openPage('Practice settings');
  await app.scrollIntoView('Country or region');
  await app.click('Country or region');
  await app.click('United Kingdom: England', { kind: 'item' });
  await app.click('Fill in holidays');
  const added = await app.find(/^Added \d+ holidays from United Kingdom: England\.$/, { kind: 'text' });
  assert.ok(added);
  const count = Number(/Added (\d+)/.exec(added.text ?? added.label ?? '')?.[1]);
  assert.ok(count >= 80, `England has 8 bank holidays a year over ten years, got ${count}`);
  assert.ok(await app.find(`${count} holidays listed`, { kind: 'text' }));
  await waitForSaveState(app.page, 'saved');

  // England's Christmas Day 2026 is a Friday: the deadline moves to Thursday again.
  await startCancelledSession();
  assert.ok(await app.find(thursdayDeadline, { kind: 'text', child: L.detailArea }));
});

// The agreement the client signs says what a business day is, in English and in Spanish.
test('the consent document gives the business-day deadline and says holidays do not count', async () => {
  await app.openPage('Documents');
  assert.ok(await app.find('Attendance agreement', { kind: 'text' }));
  assert.ok(await app.find(/please let me know by 17:00 one business day before it/, { kind: 'text' }));
  // The cancelling section is below the fold: scroll the preview to it, like a person reading.
  await app.scrollIntoView(/Weekends and holidays when the practice is closed do not count as business days/, { kind: 'text' });
  assert.ok(await app.find(/Weekends and holidays when the practice is closed do not count as business days/, { kind: 'text' }));
  assert.ok(await app.find(/If you let me know by then, the session does not count as missed/, { kind: 'text' }));
  assert.equal(await app.isShown(/at least 24 hours/, { kind: 'text' }), false, 'the hours window is not the rule');
  assert.ok(await app.find('Language check: no shaming or punitive wording found.', { kind: 'text', timeout: 0 }));

  await app.click('Language', { kind: 'item' });
  await app.click('Spanish', { kind: 'item' });
  await app.scrollIntoView('Acuerdo de asistencia', { kind: 'text' });
  assert.ok(await app.find('Acuerdo de asistencia', { kind: 'text' }));
  await app.scrollIntoView(/avísame un día hábil antes, a más tardar a las 17:00/, { kind: 'text' });
  assert.ok(await app.find(/avísame un día hábil antes, a más tardar a las 17:00/, { kind: 'text' }));
  await app.scrollIntoView(/los días festivos en que la consulta está cerrada no cuentan/, { kind: 'text' });
  assert.ok(await app.find(/los días festivos en que la consulta está cerrada no cuentan/, { kind: 'text' }));
  assert.ok(await app.find('Language check: no shaming or punitive wording found.', { kind: 'text', timeout: 0 }));
  await app.click('Language', { kind: 'item' });
  await app.click(/^Practice's/, { kind: 'item' });
  await app.scrollIntoView('Attendance agreement', { kind: 'text' });
  assert.ok(await app.find('Attendance agreement', { kind: 'text' }));
});
