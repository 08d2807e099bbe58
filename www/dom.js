// Small helpers every view shares: an element builder (text is always set with textContent:
// nothing from data is ever parsed as HTML), the keyed morph that puts a freshly rendered view on
// the page by changing only what differs, and kronor as people type and read them.

/** Listens for `type` on `e` through `e.rkOn`, so that morph() can hand the element a newer handler. */
function on(e, type, fn) {
  if (!e.rkOn) e.rkOn = {};
  if (!(type in e.rkOn)) e.addEventListener(type, (ev) => e.rkOn[type]?.(ev)); // one listener per type, ever
  e.rkOn[type] = fn;
}

// A part of a view rendered only when what it shows changed is a placeholder with `rkStub` ({ key,
// memo, build }); the element built from it keeps its memo in `rkMemo` (a property, never an
// attribute: it may hold answers). Properties on the nodes, like `rkOn`, so that a second copy of
// this module (the provider tools load unbundled beside the page's bundle) reads them too.
const keyOf = (n) => (n.nodeType === 1 ? n.getAttribute('data-key') : n.rkStub?.key ?? null);

/**
 * A part of a view keyed `key` (its data-key) that is built by `build()` only when `memo` (a string
 * of everything it shows) differs from the one the element on the page with that key was built
 * for: a thousand lines of which one changed build one. Returns a placeholder for el()'s children.
 */
export function memo(doc, key, memoKey, build) {
  const stub = doc.createComment('');
  stub.rkStub = { key, memo: memoKey, build };
  return stub;
}

/**
 * The memo key of a part made of memo() placeholders (`parts`; null for one left out) and `inputs`,
 * everything else it shows: it changes when one of theirs or the inputs do, so a part none of whose
 * pieces changed is not even walked. Any other node among `parts` is a mistake: it would be kept
 * when it changed.
 */
export function memoOf(inputs, parts) {
  // Each piece with its length before it: no two lists of parts give the same key, and the parts'
  // keys are not escaped again at each level, as JSON.stringify would.
  let key = JSON.stringify(inputs);
  for (const p of parts) {
    if (p == null) key += '|';
    else if (!p.rkStub) throw new Error('memoOf: a part not made by memo()');
    else key += `|${p.rkStub.key.length}:${p.rkStub.key}${p.rkStub.memo.length}:${p.rkStub.memo}`;
  }
  return key;
}

function build(stub) {
  const n = stub.build();
  n.setAttribute('data-key', stub.key);
  n.rkMemo = stub.memo;
  return n;
}

/** `node` ready to be put on the page: every placeholder in it built. */
function realize(node) {
  if (node.rkStub) return realize(build(node.rkStub));
  if (node.nodeType !== 1 || !node.firstChild) return node;
  const walker = node.ownerDocument.createTreeWalker(node, 128 /* NodeFilter.SHOW_COMMENT */);
  const found = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) if (c.rkStub) found.push(c);
  for (const c of found) c.replaceWith(realize(c));
  return node;
}

// While ui.js keeps the control in focus where it is on screen (renderInPlace()), `watch` holds it
// (`anchor`) and what to run (`then`, once) before the first change to the page that could move
// it; null otherwise. A change to a node after it in the page (the result beside or below the
// questions) does not move it, nor does its own `value`: a keystroke that changes only those
// needs no layout of the page as it was.
let watch = null;

/** Runs `then` before the first change morph() makes that could move `anchor` (null: stops). */
export function watchAbove(anchor, then) {
  watch = anchor ? { anchor, then } : null;
}

/**
 * `node` is about to change (`name`: only that attribute or property of it). What is not on the
 * page yet moves nothing; anything before the anchor or holding it, the anchor itself but for its
 * value, and its siblings (a row aligned on its centre moves with them) may move it. That a node
 * after the anchor cannot move it holds while no style lets a later node place or size an earlier
 * one (`:has()` on an ancestor of the anchor, `order`, reversed flex or grid, centring the
 * anchor's container vertically). style.css has none that does (its `:has()` rules follow the
 * view shown, colour a disabled box or set the scroll padding), and must keep it so.
 */
export function changing(node, name = null) {
  if (!watch || !node.isConnected) return;
  const { anchor } = watch;
  if (node === anchor ? name === 'value' && anchor.nodeName === 'INPUT'
    : !anchor.parentNode?.contains(node) && anchor.compareDocumentPosition(node) === 4 /* FOLLOWING, and nothing else */) return;
  const { then } = watch;
  watch = null;
  then();
}

/** A node is about to be put into `parent` before `ref` (null: at its end). */
function inserting(parent, ref) {
  if (!watch || !parent.isConnected) return;
  if (ref) return changing(ref);
  // At the end of a parent above the anchor's own: after the anchor.
  if (parent === watch.anchor.parentNode || !parent.contains(watch.anchor)) changing(parent);
}

/** The child nodes of `node`, as a list (quicker than spreading its NodeList). */
function childrenOf(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Form controls' live state lives in properties, which attributes stop setting once the user has typed or clicked. */
function syncProperties(old, next) {
  if (old.nodeName === 'INPUT') {
    if (old.type === 'checkbox' || old.type === 'radio') {
      if (old.checked !== next.checked) {
        changing(old, 'checked');
        old.checked = next.checked;
      }
    } else if (old.type !== 'file' && old.value !== next.value) {
      changing(old, 'value');
      old.value = next.value;
    }
  } else if ((old.nodeName === 'SELECT' || old.nodeName === 'TEXTAREA') && old.value !== next.value) {
    changing(old, 'value');
    old.value = next.value;
  }
}

/**
 * Makes `old` (on the page) look like `next` (just rendered, not on the page), changing only what
 * differs: the browser restyles and lays out only that, so typing stays quick, and the element
 * the user is in stays the same element (the focus, the caret, the scroll stay). What the view
 * renders wins: an open <details> is open because the state says so. Children are matched by
 * their data-key (a scheme, a question, a line), then, unkeyed, by position; an element whose key
 * differs is replaced, not reused. Returns the node now on the page.
 */
export function morph(old, next) {
  if (old === next) return old;
  const stub = next.rkStub;
  if (stub) {
    if (old.nodeType === 1 && old.getAttribute('data-key') === stub.key && old.rkMemo === stub.memo) return old;
    next = build(stub);
  }
  if (old.nodeType !== next.nodeType || old.nodeName !== next.nodeName || keyOf(old) !== keyOf(next)) {
    next = realize(next);
    changing(old);
    old.replaceWith(next);
    return next;
  }
  if (old.nodeType !== 1) {
    if (old.nodeValue !== next.nodeValue) {
      changing(old);
      old.nodeValue = next.nodeValue;
    }
    return old;
  }
  if (old.rkMemo !== next.rkMemo) old.rkMemo = next.rkMemo;
  if (old.isEqualNode(next)) {
    // The same but for handlers and live values: hand those over, element by element.
    const olds = old.querySelectorAll('*');
    next.querySelectorAll('*').forEach((n, i) => settle(olds[i], n));
    settle(old, next);
    return old;
  }
  // By name (getAttributeNames), not through .attributes, which makes an Attr node for each.
  for (const name of old.getAttributeNames()) {
    if (next.hasAttribute(name)) continue;
    changing(old, name);
    old.removeAttribute(name);
  }
  for (const name of next.getAttributeNames()) {
    const value = next.getAttribute(name);
    if (old.getAttribute(name) === value) continue;
    changing(old, name);
    old.setAttribute(name, value);
  }
  handOver(old, next);
  // A textarea's value is its text while the user has not typed in it: read before its text, new
  // to `old`, is moved there (it would read empty after, and wipe what the user typed since).
  // A select's options must be there before its value is.
  const textarea = old.nodeName === 'TEXTAREA';
  if (textarea) syncProperties(old, next);
  morphChildren(old, childrenOf(next));
  if (!textarea) syncProperties(old, next);
  return old;
}

function settle(old, next) {
  if (next.rkOn || old.rkOn) handOver(old, next);
  if (old.rkMemo !== next.rkMemo) old.rkMemo = next.rkMemo;
  syncProperties(old, next);
}

/** The handlers of `next` on `old`. */
function handOver(old, next) {
  for (const [type, fn] of Object.entries(next.rkOn ?? {})) on(old, type, fn);
  for (const type of Object.keys(old.rkOn ?? {})) if (!next.rkOn?.[type]) old.rkOn[type] = null;
}

/**
 * morph() for the children of `parent`, made to be `children` (nodes just rendered, placeholders
 * from memo(), or nodes already in `parent`, which stay as they are). A keyed child takes the old
 * child with its key; an unkeyed one the next unkeyed old child. Nodes are moved only when the
 * order changed.
 */
export function morphChildren(parent, children) {
  const olds = childrenOf(parent);
  children = children.filter((c) => c != null);
  const oldKeys = olds.map(keyOf);
  const keys = children.map(keyOf);
  // Nothing keyed on either side (most of a result card): by position, the quick way.
  if (oldKeys.every((k) => k === null) && keys.every((k, i) => k === null && children[i].parentNode !== parent)) {
    children.forEach((c, i) => {
      if (i < olds.length) return morph(olds[i], c);
      const n = realize(c);
      inserting(parent, null);
      return parent.append(n);
    });
    for (const o of olds.slice(children.length)) {
      changing(o);
      o.remove();
    }
    return;
  }
  const byKey = new Map();
  const unkeyed = [];
  olds.forEach((o, i) => {
    const k = oldKeys[i];
    if (k === null) unkeyed.push(o);
    else if (!byKey.has(k)) byKey.set(k, o);
  });
  const used = new Set();
  let u = 0;
  const placed = children.map((c, i) => {
    if (c.parentNode === parent) {
      used.add(c);
      return c;
    }
    const k = keys[i];
    let match = null;
    if (k !== null) match = byKey.get(k) ?? null;
    else {
      while (u < unkeyed.length && used.has(unkeyed[u])) u++;
      match = unkeyed[u++] ?? null;
    }
    if (match && !used.has(match)) {
      used.add(match);
      const kept = morph(match, c);
      if (kept !== match) used.delete(match); // replaced in place: `kept` now stands where it was
      return kept;
    }
    return realize(c);
  });
  const staying = new Set(placed);
  for (const o of olds) {
    if (used.has(o) || o.parentNode !== parent || staying.has(o)) continue;
    changing(o);
    o.remove();
  }
  let at = parent.firstChild;
  for (const n of placed) {
    if (n === at) {
      at = at.nextSibling;
      continue;
    }
    changing(n); // from where it is, if on the page
    inserting(parent, at);
    parent.insertBefore(n, at);
  }
  while (at) {
    const gone = at;
    at = at.nextSibling;
    changing(gone);
    gone.remove();
  }
}

export function builder(doc) {
  return function el(tag, attrs = {}, ...children) {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) on(e, k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) if (c != null && c !== false && c !== '') e.append(c);
    return e;
  };
}

/** "12 000", "12000,50", "12 000 kr" → öre; null when it is not an amount. */
export function parseKronor(text) {
  const t = text.replace(/[\s\u00a0]/g, '').replace(/kr$/i, '');
  if (!/^\d{1,11}([.,]\d{1,2})?$/.test(t)) return null;
  const [whole, frac = ''] = t.split(/[.,]/);
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
}

export function formatKronor(ore, lang) {
  const kr = Math.floor(ore / 100);
  const rest = ore % 100;
  const grouped = String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return rest ? `${grouped}${lang === 'sv' ? ',' : '.'}${String(rest).padStart(2, '0')}\u00a0kr` : `${grouped}\u00a0kr`;
}
