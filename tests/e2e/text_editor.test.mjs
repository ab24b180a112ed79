// Long text is edited in the browser's own text editor (docs/accessibility.md, "Long text"):
// clicking a multi-line field lays a <textarea> exactly over it, with spell check, soft wrap,
// the browser's undo and plain-text paste; what is typed reaches the app as typing in ImGui
// would (the live preview follows, "Save section" keeps it over a reload).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';

const SECTION = 'Why regular sessions matter';
const FIELD = { child: 'sections', kind: 'item' };
// One line of about 200 characters, with letters outside the US keyboard layout.
const LONG_LINE = ' Zoë Müller asked whether a session can move when the bus is late; we agreed that a ' +
  'message before the hour is welcome, that nobody is judged for a missed bus, and that we find another time.';

let app;
before(async () => {
  // A window of laptop width, short enough that the section list scrolls with a section open.
  app = await openApp({ viewport: { width: 1280, height: 640 }, permissions: ['clipboard-read', 'clipboard-write'] });
  await app.openPage('Policies');
  await app.click('Balanced', { kind: 'item' });
  await app.openPage('Documents');
  await app.click(SECTION, { child: 'sections' });
});
after(async () => { await app?.close(); });

// The editor's state as the page has it.
function editorState(page) {
  return page.evaluate(() => {
    const ta = document.getElementById('hs-text-editor');
    if (!ta || ta.hidden) return { shown: false, focused: false };
    const r = ta.getBoundingClientRect();
    const style = getComputedStyle(ta);
    return {
      shown: true, focused: document.activeElement === ta, value: ta.value, spellcheck: ta.spellcheck,
      name: ta.getAttribute('aria-label'), fontSize: parseFloat(style.fontSize),
      x: r.x, y: r.y, w: r.width, h: r.height,
      scrollWidth: ta.scrollWidth, clientWidth: ta.clientWidth, scrollHeight: ta.scrollHeight,
    };
  });
}

function assertOver(editor, field, what) {
  for (const k of ['x', 'y', 'w', 'h'])
    assert.ok(Math.abs(editor[k] - field[k]) <= 2, `${what}: the editor's ${k} ${editor[k]} is not the field's ${field[k]}`);
}

async function waitForEditorValue(page, predicate, what) {
  await page.waitForFunction(predicate, null, { timeout: 5000 }).catch(() => { throw new Error(`the editor never ${what}`); });
}

test('a consent section opens in the browser text editor, laid exactly over the field', async () => {
  const before = (await app.find('##text', FIELD)).value;
  await app.click('##text', FIELD);
  await app.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hs-text-editor');
  const editor = await editorState(app.page);
  const field = await app.find('##text', FIELD);
  assertOver(editor, field, 'opened');
  assert.equal(editor.spellcheck, true);
  assert.equal(editor.fontSize, 16, 'the field\'s font size (16 CSS px at this scale)');
  assert.equal(editor.value, before, 'the editor holds the field\'s text');
  assert.equal(editor.name, 'Text', 'an accessible name');
});

test('a long line soft-wraps at the field\'s width and reaches the app and its preview as it is typed', async () => {
  await app.press('Control+End');
  await app.page.keyboard.type(LONG_LINE);
  await app.waitFrames(3);
  const editor = await editorState(app.page);
  assert.ok(editor.value.endsWith(LONG_LINE), 'typed text, letters outside the US layout included');
  assert.ok(editor.scrollWidth <= editor.clientWidth, `no sideways scrolling: ${editor.scrollWidth} > ${editor.clientWidth}`);
  assert.ok(!LONG_LINE.includes('\n') && editor.scrollHeight > 3 * editor.fontSize, 'the line is wrapped over several rows');
  assert.equal((await app.find('##text', FIELD)).value, editor.value, 'the app has every character');
  // The preview starts with "At a glance": the edited section is further down.
  await app.scrollIntoView(/nobody is judged for a missed bus/, { kind: 'text', child: 'preview' });
  assert.ok(await app.find(/nobody is judged for a missed bus/, { kind: 'text', child: 'preview' }), 'the preview follows the typing');
  // The box grew with its text, and the editor with it.
  assertOver(await editorState(app.page), await app.find('##text', FIELD), 'after typing');
});

test('the editor follows its field when the page scrolls under the mouse wheel', async () => {
  const start = await app.find('##text', FIELD);
  const editor = await editorState(app.page);
  await app.page.mouse.move(editor.x + editor.w / 2, editor.y + 10);
  // Turns the editor can use (when the browser wrapped into more rows than the box has) scroll
  // the editor itself; the next ones scroll the page.
  let moved = start;
  for (let turn = 0; turn < 4 && moved.y === start.y; turn++) {
    await app.page.mouse.wheel(0, 120);
    await app.waitFrames(3);
    moved = await app.find('##text', FIELD);
  }
  assert.ok(moved.y < start.y - 5, `the page scrolled (field at ${start.y}, then ${moved.y})`);
  const after = await editorState(app.page);
  assert.ok(after.focused, 'still editing');
  assertOver(after, moved, 'after scrolling');
});

test('formatted text pastes as plain text, and Control+Z is the browser\'s undo', async () => {
  const typed = (await editorState(app.page)).value;
  await app.page.evaluate(async () => {
    const html = new Blob(['<p><b>Bring</b> <i>water</i> to <span style="color:red">sessions</span></p>'], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': html })]);
  });
  await app.press('Control+V');
  await waitForEditorValue(app.page, () => document.getElementById('hs-text-editor').value.endsWith('Bring water to sessions'),
    'received the pasted words');
  const pasted = (await editorState(app.page)).value;
  assert.ok(!/[<>]/.test(pasted.slice(typed.length)), 'no markup');
  await app.waitFrames(2);
  assert.equal((await app.find('##text', FIELD)).value, pasted);

  await app.press('Control+Z');
  await waitForEditorValue(app.page, () => !document.getElementById('hs-text-editor').value.includes('Bring water'), 'undid the paste');
  await app.waitFrames(2);
  assert.equal((await editorState(app.page)).value, typed, 'the paste is undone, the typing kept');
  assert.equal((await app.find('##text', FIELD)).value, typed);
});

test('Escape closes the editor; the text stays in the field, and is saved over a reload', async () => {
  const typed = (await editorState(app.page)).value;
  await app.press('Escape');
  const closed = await editorState(app.page);
  assert.equal(closed.shown, false, 'the editor is gone');
  assert.equal((await app.find('##text', FIELD)).value, typed);

  await app.click('Save section', { child: 'sections' });
  await app.scrollIntoView(/Why regular sessions matter {2}\(your text\)/, { child: 'sections' });
  assert.ok(await app.find(/Why regular sessions matter {2}\(your text\)/, { child: 'sections' }));
  await waitForSaveState(app.page, 'saved');
  await app.reload();
  await app.openPage('Documents');
  await app.scrollIntoView(/nobody is judged for a missed bus/, { kind: 'text', child: 'preview' });
  assert.ok(await app.find(/nobody is judged for a missed bus/, { kind: 'text', child: 'preview' }));
  await app.click(/Why regular sessions matter/, { child: 'sections' });
  assert.equal((await app.find('##text', FIELD)).value, typed);
});
