// Small helpers every view shares: an element builder (text is always set with textContent:
// nothing from data is ever parsed as HTML), a morph that updates a rendered part in place, and
// kronor as people type and read them.

/** Listens for `type` on `e` through `e.rkOn`, so that morph() can hand the element a newer handler. */
function on(e, type, fn) {
  if (!e.rkOn) e.rkOn = {};
  if (!e.rkOn[type]) e.addEventListener(type, (ev) => e.rkOn[type]?.(ev));
  e.rkOn[type] = fn;
}

/**
 * Makes `old` (on the page) look like `next` (just rendered, not on the page), changing only what
 * differs: the browser restyles and lays out only that, so typing stays quick, and what the user
 * set stays as it was — an open <details>, the focus, the scroll. Children are matched by position.
 */
export function morph(old, next) {
  if (old.nodeType !== next.nodeType || old.nodeName !== next.nodeName) {
    old.replaceWith(next);
    return;
  }
  if (old.nodeType !== 1) {
    if (old.nodeValue !== next.nodeValue) old.nodeValue = next.nodeValue;
    return;
  }
  if (old.isEqualNode(next)) {
    // The same but for the handlers, which may hold newer data: hand those over, element by element.
    const olds = old.querySelectorAll('*');
    next.querySelectorAll('*').forEach((n, i) => n.rkOn && handOver(olds[i], n));
    if (next.rkOn) handOver(old, next);
    return;
  }
  const userSet = (name) => name === 'open' && old.nodeName === 'DETAILS';
  for (const { name } of [...old.attributes]) if (!next.hasAttribute(name) && !userSet(name)) old.removeAttribute(name);
  for (const { name, value } of next.attributes) if (old.getAttribute(name) !== value && !userSet(name)) old.setAttribute(name, value);
  handOver(old, next);
  morphChildren(old, [...next.childNodes]);
}

/** The handlers of `next` on `old`. */
function handOver(old, next) {
  for (const [type, fn] of Object.entries(next.rkOn ?? {})) on(old, type, fn);
  for (const type of Object.keys(old.rkOn ?? {})) if (!next.rkOn?.[type]) old.rkOn[type] = null;
}

/** morph() for the children of `parent`, made to be `children`. */
export function morphChildren(parent, children) {
  const olds = [...parent.childNodes];
  children.forEach((c, i) => (i < olds.length ? morph(olds[i], c) : parent.append(c)));
  for (const o of olds.slice(children.length)) o.remove();
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
    for (const c of children.flat(Infinity)) if (c != null) e.append(c);
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
