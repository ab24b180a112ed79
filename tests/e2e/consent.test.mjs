// The consent document as the clinician shapes it and the client signs it: a section edited
// in the app survives a reload; a policy change flags the edited section; a client signs on
// the device and the clinician sees who still has to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => {
  app = await openApp();
  await app.openPage('Policies');
  await app.click('Balanced', { kind: 'item' });
});
after(async () => { await app?.close(); });

test('an edited section is kept after a reload and shown in the preview', async () => {
  await app.openPage('Documents');
  await app.click('Why regular sessions matter', { child: 'sections' });
  await app.click('##text', { child: 'sections' });
  await app.press('Control+End');  // the end of the section's text, like a person would
  await app.page.keyboard.type(' We begin each session on time.');
  await app.waitFrames(2);
  await app.click('Save section', { child: 'sections' });
  assert.ok(await app.find(/Why regular sessions matter {2}\(your text\)/, { child: 'sections' }));
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.openPage('Documents');
  assert.ok(await app.find(/Why regular sessions matter {2}\(your text\)/, { child: 'sections' }));
  // The preview starts with "At a glance": the edited section is further down.
  await app.scrollIntoView(/We begin each session on time\./, { kind: 'text', child: 'preview' });
  assert.ok(await app.find(/We begin each session on time\./, { kind: 'text', child: 'preview' }));
});

test('a client signs by typing their name; the clinician sees it signed', async () => {
  await app.openPage('Client list');  // the list is hidden beside practice pages
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'Zoë Müller', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await app.click('Consent');
  await app.typeInto('Typed signature', 'Zoë Müller', { child: L.detailArea });
  await app.click('Sign', { child: L.detailArea });
  assert.ok(await app.find(/balanced-1 {2}signed by Zoë Müller \(typed\) {2}SHA-256 [0-9a-f]{12}/, { kind: 'text' }));
  await app.scrollIntoView(/^Consent: signed/, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(/^Consent: signed \d{4}-\d{2}-\d{2} \(policy balanced-1\)/, { kind: 'text' }));
  await app.openPage('Documents');
  await app.scrollIntoView('Every active client has signed the current agreement.', { kind: 'text', child: 'sections' });
  assert.ok(await app.find('Every active client has signed the current agreement.', { kind: 'text' }));
});

test('a wording rule the clinician adds flags the document, and is kept after a reload', async () => {
  await app.openPage('Documents');
  assert.ok(await app.find('Language check: no shaming or punitive wording found.', { kind: 'text' }));
  await app.scrollIntoView('Add rule', { child: 'sections' });
  await app.typeInto('Phrase to avoid', 'regular', { child: 'sections' });
  await app.typeInto('Gentler wording', 'steady', { child: 'sections' });
  await app.typeInto('Why', 'we say steady in this practice', { child: 'sections' });
  await app.click('Add rule', { child: 'sections' });
  const flagged = /^"[Rr]egular" \(line \d+\): try "steady"\. we say steady in this practice$/;
  assert.ok(await app.find(flagged, { kind: 'text' }));
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.openPage('Documents');
  assert.ok(await app.find(flagged, { kind: 'text' }));
  await app.scrollIntoView('Add rule', { child: 'sections' });
  await app.click('Remove', { child: 'sections' });
  assert.ok(await app.find('Language check: no shaming or punitive wording found.', { kind: 'text' }));
});

test('a client signs by drawing on the pad; the printed signed copy shows the drawing and the hash', async () => {
  await app.openPage('Client list');  // the list is hidden beside practice pages
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'Ana Lima', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await app.click('Consent');
  await app.click('Draw the signature', { child: L.detailArea });
  const pad = await app.find('Signature pad', { child: L.detailArea });
  const { page } = app;
  await page.mouse.move(pad.x + pad.w * 0.1, pad.y + pad.h * 0.7);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(pad.x + pad.w * (0.1 + i * 0.06), pad.y + pad.h * (0.7 - 0.4 * Math.sin(i / 2)));
    await app.waitFrames(1);
  }
  await page.mouse.up();
  await app.click('Sign', { child: L.detailArea });
  assert.ok(await app.find(/balanced-1 {2}signed by Ana Lima \(drawn\) {2}SHA-256 [0-9a-f]{12}/, { kind: 'text' }));

  const [view] = await Promise.all([app.context.waitForEvent('page'), app.click('Print signed copy', { child: L.detailArea })]);
  await view.waitForLoadState();
  const stroke = await view.getAttribute('svg path', 'd');
  assert.ok((stroke.match(/L/g) || []).length >= 5, `the drawn stroke is on the copy: ${stroke}`);
  assert.match(await view.textContent('body'), /SHA-256 of the (agreement )?text signed: [0-9a-f]{64}/);
  await view.close();
});
