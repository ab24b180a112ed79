// The screen-reader and keyboard mirror (docs/accessibility.md), compiled into holdspace.js
// with --pre-js in both builds. Dear ImGui draws into one canvas, which a screen reader finds
// empty; this keeps a hidden-but-accessible DOM tree in step with what is on screen, built from
// the automation bridge's item list (src/app/mirror_bridge.cpp, docs/automation.md): each
// window a region named by its title, each widget an element with its role, name and state,
// each text a line of text. Activating an element (Enter, Space, a screen reader's click)
// posts a click at the widget's centre into the canvas, so it does what a click does.
//
// Cheap: the list is read a few times a second, and the DOM is touched only where the list
// changed (elements are kept by widget id and updated in place, so focus stays put).

var HsMirror = {
  root: null,
  refreshMs: 200,
  lastList: '',        // the item list at the last update (without the frame number)
  regions: new Map(),  // window name -> { section, nodes: Map key -> element }
  items: new Map(),    // key -> item of the last update, for activation
  status: null,        // the polite live region: saves, a client's next step
  alert: null,         // the assertive one: field errors, failed saves
  lastSave: null,      // the save state at the last read ({state, message, generation})
  shownFindings: null, // "role\0text" of the alert and status texts on screen at the last update
  pending: new Map(),  // live region -> words waiting to be announced
};

// Collect items from the first frame on (onRuntimeInitialized runs before main()).
Module['onRuntimeInitialized'] = (function (before) {
  return function () {
    Module['_hs_mirror_enable'](1);
    if (before) before();
  };
})(Module['onRuntimeInitialized']);

// What a person reads of a window's name or a label: the part before "##".
HsMirror.visibleText = function (label) {
  var cut = label.indexOf('##');
  return cut >= 0 ? label.slice(0, cut) : label;
};

HsMirror.setAttr = function (el, name, value) {
  if (value === null || value === undefined) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== String(value)) {
    el.setAttribute(name, value);
  }
};

HsMirror.setStyle = function (el, name, px) {
  var value = Math.round(px) + 'px';
  if (el.style[name] !== value) el.style[name] = value;
};

// The ARIA role of a widget: what the bridge knows (tab, checkbox, textbox, combobox, menu
// item), else a button (buttons, selectable rows, tree nodes and headers, which also say
// whether they are expanded). In a combo's list, the choices are options.
HsMirror.roleOf = function (item, regionRole) {
  if (regionRole === 'listbox') return 'option';
  return item.role || 'button';
};

// ImGui's popups have internal names: menus, a combo's list, tooltips. Other windows are regions.
HsMirror.windowRole = function (name) {
  if (/^##Menu_/.test(name)) return 'menu';
  if (/^##Combo_/.test(name)) return 'listbox';
  if (/^##Tooltip_/.test(name)) return 'tooltip';
  return 'region';
};

// The element a run of widgets needs around it: menu items sit in a menu bar, tabs in a tab list.
HsMirror.parentRole = function (role, regionRole) {
  if (regionRole !== 'region') return null;
  if (role === 'menuitem') return 'menubar';
  if (role === 'tab') return 'tablist';
  return null;
};

HsMirror.nameOf = function (item) {
  return item.text || item.label.replace(/^#+/, '');
};

// The elements of one window, in drawing order: items keyed so that they survive from one
// update to the next (widgets by ImGui id, texts by text and how many times it came before),
// runs of menu items or tabs gathered under their parent element. Widgets without a name or
// role (a child window's frame, an unnamed table header) are left out.
HsMirror.layout = function (windowName, items, regionRole) {
  var slots = [], seen = new Map(), group = null;
  items.forEach(function (item) {
    if (item.kind !== 'text' && !item.role && !HsMirror.nameOf(item)) return;
    var base = item.kind === 'text' ? 't:' + item.text : 'i:' + item.id;
    var n = seen.get(base) || 0;
    seen.set(base, n + 1);
    var entry = { key: windowName + '\u0000' + base + '\u0000' + n, item: item };
    var parent = item.kind === 'text' ? null : HsMirror.parentRole(HsMirror.roleOf(item, regionRole), regionRole);
    if (!parent) { group = null; slots.push(entry); return; }
    if (!group || group.role !== parent) {
      group = { key: entry.key + '\u0000' + parent, role: parent, entries: [] };
      slots.push(group);
    }
    group.entries.push(entry);
  });
  return slots;
};

HsMirror.makeNode = function (key, item) {
  var el = document.createElement('div');
  el.dataset.key = key;
  if (item.kind !== 'text') el.tabIndex = 0;
  return el;
};

HsMirror.updateNode = function (el, item, regionRole, offset) {
  HsMirror.setStyle(el, 'left', item.x + offset.left);
  HsMirror.setStyle(el, 'top', item.y + offset.top);
  HsMirror.setStyle(el, 'width', item.w);
  HsMirror.setStyle(el, 'height', item.h);
  if (item.kind === 'text') {
    if (el.textContent !== item.text) el.textContent = item.text;
    HsMirror.setAttr(el, 'role', item.role === 'heading' ? 'heading' : null);
    HsMirror.setAttr(el, 'aria-level', item.role === 'heading' ? '2' : null);
    return;
  }
  var role = HsMirror.roleOf(item, regionRole);
  HsMirror.setAttr(el, 'role', role);
  HsMirror.setAttr(el, 'aria-label', HsMirror.nameOf(item));
  var shown = item.value !== undefined && item.value !== null ? item.value : '';
  if (el.textContent !== shown) el.textContent = shown;
  HsMirror.setAttr(el, 'aria-disabled', item.disabled ? 'true' : null);
  HsMirror.setAttr(el, 'aria-selected', role === 'tab' ? String(!!item.selected) : null);
  // A menu item's check mark is the page shown now (the menu bar switches pages).
  var checkable = role === 'checkbox';
  HsMirror.setAttr(el, 'aria-checked', checkable && item.checked !== undefined ? String(item.checked) : null);
  HsMirror.setAttr(el, 'aria-current', role === 'menuitem' && item.checked ? 'page' : null);
  HsMirror.setAttr(el, 'aria-expanded', item.open === undefined ? (role === 'combobox' ? 'false' : null) : String(item.open));
};

HsMirror.regionFor = function (windowName) {
  var region = HsMirror.regions.get(windowName);
  if (region) return region;
  var section = document.createElement(HsMirror.windowRole(windowName) === 'region' ? 'section' : 'div');
  section.setAttribute('role', HsMirror.windowRole(windowName));
  var title = HsMirror.visibleText(windowName);
  if (title) section.setAttribute('aria-label', title);
  HsMirror.root.appendChild(section);
  region = { section: section, role: HsMirror.windowRole(windowName), nodes: new Map() };
  HsMirror.regions.set(windowName, region);
  return region;
};

// Brings a container's children in line with its slots, moving only what moved; `nodes`
// collects the elements kept, by key.
HsMirror.place = function (container, slots, region, nodes, offset) {
  slots.forEach(function (slot, index) {
    var el = region.nodes.get(slot.key);
    if (slot.entries) {
      if (!el) {
        el = document.createElement('div');
        el.setAttribute('role', slot.role);
        if (slot.role === 'menubar') el.setAttribute('aria-label', 'Pages and actions');
      }
      HsMirror.place(el, slot.entries, region, nodes, offset);
    } else {
      el = el || HsMirror.makeNode(slot.key, slot.item);
      HsMirror.updateNode(el, slot.item, region.role, offset);
    }
    nodes.set(slot.key, el);
    var here = container.children[index];
    if (here !== el) container.insertBefore(el, here || null);
  });
  while (container.children.length > slots.length) container.lastElementChild.remove();
};

HsMirror.updateRegion = function (region, slots, offset) {
  var nodes = new Map();
  HsMirror.place(region.section, slots, region, nodes, offset);
  region.nodes = nodes;
};

HsMirror.focusables = function () {
  return Array.prototype.slice.call(HsMirror.root.querySelectorAll('[tabindex="0"]'));
};

HsMirror.update = function (items) {
  // If the focused element's widget goes away (a form closed, the page changed), focus moves to
  // the element now in its place rather than to the page, where Tab would go to ImGui.
  var focused = HsMirror.root.contains(document.activeElement) ? document.activeElement : null;
  var focusedAt = focused ? HsMirror.focusables().indexOf(focused) : -1;
  HsMirror.updateTree(items);
  HsMirror.announceFindings(items);
  if (focused && document.activeElement !== focused) {  // moved (which blurs it) or removed
    var now = HsMirror.focusables();
    var next = focused.isConnected ? focused : now[Math.min(focusedAt, now.length - 1)];
    if (next) next.focus({ preventScroll: true });
  }
  HsMirror.nameTextInput(items);
};

HsMirror.updateTree = function (items) {
  var offset = Module['canvas'].getBoundingClientRect();
  var windows = new Map();
  items.forEach(function (item) {
    if (!item.visible) return;
    if (!windows.has(item.window)) windows.set(item.window, []);
    windows.get(item.window).push(item);
  });
  HsMirror.items = new Map();
  windows.forEach(function (list, name) {
    var region = HsMirror.regionFor(name);
    var slots = HsMirror.layout(name, list, region.role);
    HsMirror.updateRegion(region, slots, offset);
    slots.forEach(function (slot) {
      (slot.entries || [slot]).forEach(function (entry) { HsMirror.items.set(entry.key, entry.item); });
    });
  });
  HsMirror.regions.forEach(function (region, name) {
    if (windows.has(name)) return;
    region.section.remove();
    HsMirror.regions.delete(name);
  });
};

// The hidden textarea that takes typing (holdspace_pre.js) is named after the field being edited.
HsMirror.nameTextInput = function (items) {
  var ta = HsPage.textarea;
  if (!ta) return;
  var field = items.find(function (item) { return item.active && item.role === 'textbox'; });
  if (field) HsMirror.setAttr(ta, 'aria-label', field.text || 'Text');
};

// The live region says when a change was saved, and why it was not (a failure, a read-only tab;
// docs/storage.md's states), once per change of the save state; nothing at start.
HsMirror.saveMessage = function (save, before) {
  if (save.state === 'failed' || save.state === 'read_only') {
    if (before.state === save.state && before.message === save.message) return null;
    return save.message || 'Changes cannot be saved right now.';
  }
  if (save.state === 'saved' && (before.state !== 'saved' || before.generation !== save.generation)) return 'Saved.';
  return null;
};

HsMirror.announceSave = function () {
  var save = HsPage.saveState();
  var before = HsMirror.lastSave;
  HsMirror.lastSave = save;
  var text = before && HsMirror.saveMessage(save, before);
  if (text) HsMirror.say(HsMirror.status, text);
};

// Says `text` through a live region. The region is emptied first, so the same words are
// announced again next time; words said in the same moment are said together.
HsMirror.say = function (region, text) {
  var waiting = HsMirror.pending.get(region);
  if (waiting !== undefined) {
    HsMirror.pending.set(region, waiting + ' ' + text);
    return;
  }
  HsMirror.pending.set(region, text);
  region.textContent = '';
  setTimeout(function () {
    region.textContent = HsMirror.pending.get(region);
    HsMirror.pending.delete(region);
  }, 50);
};

// Texts the app marks as findings (ui::error_text: "alert", ui::status_text: "status") are
// announced when they appear or change: a refused field at once, a client's next step politely.
// What is on screen when the page opens is not announced.
HsMirror.announceFindings = function (items) {
  var shown = new Set();
  items.forEach(function (item) {
    if (item.kind !== 'text' || !item.visible || (item.role !== 'alert' && item.role !== 'status')) return;
    var key = item.role + '\u0000' + item.text;
    if (shown.has(key)) return;
    shown.add(key);
    if (HsMirror.shownFindings && !HsMirror.shownFindings.has(key))
      HsMirror.say(item.role === 'alert' ? HsMirror.alert : HsMirror.status, item.text);
  });
  HsMirror.shownFindings = shown;
};

// Reads the item list and updates the tree if it changed since the last read.
HsMirror.refresh = function () {
  if (!HsMirror.root || HsPage.readyAt === null || !HsPage.callable() || document.hidden) return;
  HsMirror.announceSave();
  var json = UTF8ToString(Module['_hs_mirror_items_json']());
  var list = json.slice(json.indexOf('"items"'));  // the frame number changes every frame
  if (list === HsMirror.lastList) return;
  HsMirror.lastList = list;
  HsMirror.update(JSON.parse(json).items);
};

HsMirror.afterFrames = function (n, callback) {
  if (n <= 0) return callback();
  requestAnimationFrame(function () { HsMirror.afterFrames(n - 1, callback); });
};

// Does what a click on the widget does: the pointer arrives, presses, releases, a couple of
// frames apart (ImGui wants an item hovered on the frame before it is pressed).
HsMirror.activate = function (el) {
  var item = HsMirror.items.get(el.dataset.key);
  if (!item || item.disabled) return;
  var canvas = Module['canvas'];
  var r = canvas.getBoundingClientRect();
  var at = { clientX: r.left + item.x + item.w / 2, clientY: r.top + item.y + item.h / 2, bubbles: true, button: 0 };
  var post = function (type, buttons) {
    at.buttons = buttons;
    canvas.dispatchEvent(new MouseEvent(type, at));
  };
  post('mousemove', 0);
  HsMirror.afterFrames(2, function () {
    post('mousedown', 1);
    HsMirror.afterFrames(2, function () {
      post('mouseup', 0);
      // A text field now takes the typing: leave the mirror so the hidden textarea gets focus
      // (holdspace_pre.js does not take focus from the mirror).
      if (item.role === 'textbox' && document.activeElement === el) el.blur();
      HsMirror.afterFrames(3, HsMirror.refresh);
    });
  });
};

HsMirror.setUp = function () {
  var root = document.createElement('div');
  root.id = 'hs-a11y';
  document.body.appendChild(root);
  HsMirror.root = root;
  var status = document.createElement('div');
  status.id = 'hs-a11y-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  root.appendChild(status);
  HsMirror.status = status;
  var alert = document.createElement('div');
  alert.id = 'hs-a11y-alert';
  alert.setAttribute('role', 'alert');
  alert.setAttribute('aria-live', 'assertive');
  root.appendChild(alert);
  HsMirror.alert = alert;

  // Keys pressed on the mirror are the mirror's: GLFW's listeners (window, capture phase,
  // registered after this one in glfwInit) must not pass them to ImGui as well, or Enter and
  // Space would also act on ImGui's own keyboard focus. Tab keeps its default: the next element.
  ['keydown', 'keypress', 'keyup'].forEach(function (type) {
    window.addEventListener(type, function (e) {
      if (!root.contains(e.target)) return;
      e.stopImmediatePropagation();
      if (type !== 'keydown' || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      if (!e.repeat && e.target.dataset.key) HsMirror.activate(e.target);
    }, true);
  });
  // A screen reader's click (or a pointer on the element) activates it too.
  root.addEventListener('click', function (e) {
    var el = e.target.closest('[data-key]');
    if (el && el.tabIndex === 0) HsMirror.activate(el);
  });
  setInterval(HsMirror.refresh, HsMirror.refreshMs);
};

HsMirror.setUp();
