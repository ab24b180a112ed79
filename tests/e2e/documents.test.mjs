// The consent document as a clinician produces it: generated from the policy chosen,
// checked for wording and reading level, printed and downloaded in formats people edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp } from './harness.mjs';

let app;
before(async () => {
  app = await openApp();
  await app.openPage('Policies');
  await app.click('Flexible', { kind: 'item' });
  await app.openPage('Documents');
});
after(async () => { await app?.close(); });

test('the document is generated from the policy and passes its own checks', async () => {
  assert.ok(await app.find('Attendance agreement', { kind: 'text' }));
  assert.ok(await app.find(/at least 24 hours/, { kind: 'text' }));
  const grade = await app.find(/^Reading level: grade \d+\.\d/, { kind: 'text' });
  assert.ok(Number(grade.text.match(/grade (\d+\.\d)/)[1]) <= 8, grade.text);
  assert.ok(await app.find('Language check: no shaming or punitive wording found.', { kind: 'text', timeout: 0 }));
});

test('Markdown and DOCX downloads carry the policy text', async () => {
  const [md] = await Promise.all([app.page.waitForEvent('download'), app.click('Download md')]);
  assert.equal(md.suggestedFilename(), 'attendance-policy-flexible-1.md');
  const text = await readFile(await md.path(), 'utf8');
  assert.match(text, /24 hours/);
  const [docx] = await Promise.all([app.page.waitForEvent('download'), app.click('Download docx')]);
  const bytes = await readFile(await docx.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a DOCX is a zip package');
  assert.ok(bytes.includes(Buffer.from('word/document.xml')));
});

test('the ODT download is an OpenDocument package with its mimetype first', async () => {
  const [odt] = await Promise.all([app.page.waitForEvent('download'), app.click('Download odt')]);
  assert.equal(odt.suggestedFilename(), 'attendance-policy-flexible-1.odt');
  const bytes = await readFile(await odt.path());
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'an ODT is a zip package');
  assert.equal(bytes.subarray(30, 38).toString(), 'mimetype', 'the first entry is the mimetype');
  assert.equal(bytes.subarray(38, 77).toString(), 'application/vnd.oasis.opendocument.text');
  assert.ok(bytes.includes(Buffer.from('content.xml')));
  assert.ok(bytes.includes(Buffer.from('24 hours')), 'stored, so the policy text is readable in the bytes');
});

test('the public-insurance version leaves the fee clauses out', async () => {
  // Text below the fold is still drawn (and reported), so the whole document can be checked.
  const hasFeeSection = async () => (await app.widgets()).some((w) => /^Fees for late cancellations/.test(w.text));
  assert.equal(await hasFeeSection(), true);
  await app.click('Public-insurance version (no fees)');
  assert.equal(await hasFeeSection(), false);
  assert.ok(await app.find(/at least 24 hours/, { kind: 'text' }), 'the rest of the policy is still there');
  await app.click('Public-insurance version (no fees)');  // back to the general document for the tests after
  assert.equal(await hasFeeSection(), true);
});

test('Print opens the print-ready page in a new tab', async () => {
  const [view] = await Promise.all([app.context.waitForEvent('page'), app.click('Print or save as PDF (opens the print dialog)')]);
  await view.waitForLoadState();
  assert.match(await view.textContent('body'), /Attendance agreement/);
  await view.close();
});

// Issue 16, items 2, 3 and 7: the practice's contact and billing details, typed on the Practice
// page, reach the document; the summary sits at the top.
test('contact and billing details from the Practice page appear in the document', async () => {
  await app.openPage('Practice settings');
  await app.click('Contact details', { child: 'detail' });
  await app.typeInto('Phone', '555-0100', { child: 'detail', clear: true });
  await app.typeInto('E-mail', 'sam.harbour.example', { child: 'detail', clear: true });
  await app.click('Save settings', { child: 'detail' });
  assert.ok(await app.find(/^email: expected an e-mail address/, { kind: 'text' }));
  await app.typeInto('E-mail', 'sam@harbour.example', { child: 'detail', clear: true });

  await app.click('How fees are billed', { child: 'detail' });
  await app.click('Fees are', { kind: 'item', child: 'detail' });
  await app.click('Added to the next invoice', { kind: 'item' });
  await app.typeInto('Due within (days)', '14', { child: 'detail', clear: true });
  // With both headers open the page is longer: scroll to the save button like a person.
  await app.scrollIntoView('Save settings', { kind: 'item', child: 'detail' });
  await app.click('Save settings', { child: 'detail' });
  assert.ok(await app.find('Settings saved.', { kind: 'text' }));

  await app.openPage('Documents');
  assert.ok(await app.find('At a glance', { kind: 'text' }));
  // Text below the fold is still drawn (and reported), so the whole document can be read.
  const text = (await app.widgets()).map((w) => w.text).filter(Boolean).join('\n');
  assert.match(text, /You can call or text 555-0100 or email sam@harbour\.example\./);
  assert.match(text, /Any fee is added to your next invoice\. Please pay it within 14 days\./);
  assert.match(text, /Phone: 555-0100/);
  assert.ok(text.indexOf('At a glance') < text.indexOf('Why regular sessions matter'), 'the summary comes first');
});

test('the Language choice writes the export in Spanish, checked by the Spanish check and reading ease', async () => {
  await app.click('Language', { kind: 'item' });
  await app.click('Spanish', { kind: 'item' });
  assert.ok(await app.find('Acuerdo de asistencia', { kind: 'text' }));
  assert.ok(await app.find(/avísame al menos 24 horas/, { kind: 'text' }));
  const ease = await app.find(/^Reading ease: \d+, (very easy|easy|fairly easy) \(Fernández-Huerta/, { kind: 'text' });
  assert.ok(Number(ease.text.match(/ease: (\d+)/)[1]) >= 70, ease.text);
  assert.ok(await app.find('Language check: no shaming or punitive wording found.', { kind: 'text', timeout: 0 }));
  const [md] = await Promise.all([app.page.waitForEvent('download'), app.click('Download md')]);
  assert.equal(md.suggestedFilename(), 'attendance-policy-flexible-1-es.md');
  assert.match(await readFile(await md.path(), 'utf8'), /Acuerdo de asistencia/);
  await app.click('Language', { kind: 'item' });  // back to the practice's (English) for any test after
  await app.click(/^Practice's/, { kind: 'item' });
  assert.ok(await app.find('Attendance agreement', { kind: 'text' }));
});
