// Small helpers every view shares: an element builder (text is always set with textContent:
// nothing from data is ever parsed as HTML) and kronor as people type and read them.
export function builder(doc) {
  return function el(tag, attrs = {}, ...children) {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
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
