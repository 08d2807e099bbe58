// A stored copy of a source page (www/sources/, named in the address after #) shown as text, without
// the page chrome the copy caught when it was saved: the cookie banner, the skip link, the notice
// about old browsers, the logo and the log-in link. The words the rules cite are left as they are.
const main = document.getElementById('text');
const doc = decodeURIComponent(location.hash.slice(1));

/** The copy's lines without the site's chrome. */
export function withoutChrome(text) {
  const lines = text.split(/\r?\n/);
  const out = [];
  let banner = false;
  for (const line of lines) {
    const l = line.trim();
    if (/^Kakor på /.test(l)) banner = true;
    if (banner) {
      if (/^Nej, jag godkänner bara nödvändiga kakor$/.test(l)) banner = false;
      continue;
    }
    if (['Gå till innehåll', 'Tänk på att...', 'Försäkringskassans logotyp', 'Logga in'].includes(l)) continue;
    if (/^Din webbläsare är av en äldre modell/.test(l)) continue;
    out.push(line);
  }
  return out;
}

function render(lines) {
  const nodes = [];
  let list = null;
  for (const line of lines) {
    const l = line.trim();
    if (!l) {
      list = null;
      continue;
    }
    if (/^[•·-] /.test(l)) {
      if (!list) nodes.push((list = document.createElement('ul')));
      const li = document.createElement('li');
      li.textContent = l.slice(2);
      list.append(li);
      continue;
    }
    list = null;
    const p = document.createElement(nodes.length ? 'p' : 'h1');
    if (!nodes.length) p.className = 'rk-h1';
    p.textContent = l;
    nodes.push(p);
  }
  return nodes;
}

if (!/^[0-9]{3}_[0-9a-f]{16}\.txt$/.test(doc)) {
  main.textContent = 'Ingen sådan källa.';
} else {
  fetch(`sources/${doc}`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status))))).then((text) => {
    const note = document.createElement('p');
    note.className = 'rk-meta';
    note.textContent = `Sparad kopia: ${doc}. Den officiella sidan kan ha ändrats sedan dess.`;
    main.replaceChildren(...render(withoutChrome(text)), note);
    document.title = `${main.querySelector('h1')?.textContent ?? doc} – sparad källtext – Rehabkollen`;
  }, () => {
    main.textContent = 'Källtexten kunde inte laddas.';
  });
}
