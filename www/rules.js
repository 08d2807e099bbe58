// "Regler och källor": every rule of every scheme from the engine's registry (rules(lang)), with
// its text, the official pages as links named by their titles and the stored seed text as a
// secondary link. Offline: the registry comes from the wasm module, the seeds from sources/. One
// anchor per rule id (rules.html#AFA-COV-2) for result pages to link to. Swedish first, an English
// switch. Styled as the questionnaire is (style.css), readable on a phone.
import init, { rules } from './pkg/rehabkollen.js';

const CHROME = {
  sv: {
    title: 'Regler och källor',
    docTitle: 'Regler och källor – Rehabkollen',
    tagline: 'Varje regel Rehabkollen följer, med var den kommer ifrån. Källorna lästes senast {date}; reglerna har version {version}.',
    skip: 'Hoppa till reglerna',
    switchTo: 'In English',
    switchLang: 'en',
    back: 'Till Rehabkollen',
    contents: 'Innehåll',
    sources: 'Källor',
    section: 'avsnitt',
    stored: 'sparad kopia av sidan',
    secondary: 'sekundär källa',
    ruleCount: (n) => `${n} regler`,
    loadError: 'Reglerna kunde inte laddas.',
  },
  en: {
    title: 'Rules and sources',
    docTitle: 'Rules and sources – Rehabkollen',
    tagline: 'Every rule Rehabkollen follows, with where it comes from. The sources were last read on {date}; the rules are version {version}.',
    skip: 'Skip to the rules',
    switchTo: 'På svenska',
    switchLang: 'sv',
    back: 'Back to Rehabkollen',
    contents: 'Contents',
    sources: 'Sources',
    section: 'section',
    stored: 'stored copy of the page',
    secondary: 'secondary source',
    ruleCount: (n) => `${n} rules`,
    loadError: 'The rules could not be loaded.',
  },
};

// What only this page has, in px (no rem), on top of style.css; a constructed sheet, so the strict
// CSP (style-src 'self') holds.
const CSS = `
.rk-registry .rk-contents ul { padding-left: 20px; margin: 0 0 20px; }
.rk-registry .rk-contents li { margin: 5px 0; }
.rk-registry .rk-scheme-rules { border-top: 1px solid #b1b4b6; margin-top: 30px; }
.rk-registry .rk-rule-list { list-style: none; margin: 0; padding: 0; }
.rk-registry .rk-rule { border-left: 5px solid var(--rk-accent, #0b5394); padding: 5px 0 5px 15px; margin: 20px 0; scroll-margin-top: 15px; }
.rk-registry .rk-rule.rk-target { background: #fff7bf; outline: 3px solid #594d00; outline-offset: 2px; }
.rk-registry .rk-rule .rk-h3 { margin: 0 0 5px; }
.rk-registry .rk-rule p { margin: 0 0 10px; }
.rk-registry .rk-rule .rk-h4 { margin: 10px 0 5px; }
.rk-registry .rk-source-list { margin: 0; padding-left: 20px; font-size: 16px; }
.rk-registry .rk-source-list li { margin: 5px 0; }
.rk-registry .rk-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
`;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  e.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return e;
}

/** A source by its title (the page's own, in Swedish), the section it is cited for, and the stored copy. */
function sourceItem(src, t) {
  const parts = [el('a', { href: src.url, rel: 'noopener noreferrer', hreflang: 'sv', lang: 'sv', 'data-kind': 'official' }, src.title)];
  if (src.section) parts.push(`, ${t.section} ”${src.section}”`);
  if (src.secondary) parts.push(` – ${t.secondary}`);
  if (src.doc) parts.push(' (', el('a', { href: `source.html#${src.doc}`, hreflang: 'sv', 'data-kind': 'stored' }, t.stored), ')');
  return el('li', {}, parts);
}

function ruleItem(rule, t) {
  const heading = `${rule.id}-heading`;
  return el('li', { id: rule.id, class: 'rk-rule' },
    el('h3', { id: heading, class: 'rk-h3' }, el('span', { class: 'rk-id' }, rule.id)),
    el('p', {}, rule.text),
    el('h4', { class: 'rk-h4' }, t.sources),
    el('ul', { class: 'rk-source-list' }, rule.sources.map((s) => sourceItem(s, t))));
}

function render(main, registry, lang) {
  const t = CHROME[lang];
  document.documentElement.lang = lang;
  document.title = t.docTitle;
  document.getElementById('title').textContent = t.title;
  document.getElementById('tagline').textContent = t.tagline.replace('{date}', registry.sources_as_of).replace('{version}', registry.rules_version);
  document.getElementById('skip').textContent = t.skip;
  document.getElementById('back').textContent = t.back;
  const button = document.getElementById('lang');
  button.textContent = t.switchTo;
  button.lang = t.switchLang;

  const contents = el('nav', { class: 'rk-contents', 'aria-labelledby': 'contents-heading' },
    el('h2', { id: 'contents-heading', class: 'rk-h2' }, t.contents),
    el('ul', {}, registry.schemes.map((s) => el('li', {}, el('a', { href: `#scheme-${s.id}` }, s.name), ` (${t.ruleCount(s.rules.length)})`))));
  const sections = registry.schemes.map((s) => el('section', { class: 'rk-scheme-rules', 'aria-labelledby': `scheme-${s.id}` },
    el('h2', { id: `scheme-${s.id}`, class: 'rk-h2' }, s.name),
    el('ul', { class: 'rk-rule-list' }, s.rules.map((r) => ruleItem(r, t)))));
  main.replaceChildren(contents, ...sections);
}

/** Shows the rule the address names: the content arrives after load, so the browser cannot. */
function showTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  // :target is settled at navigation, before the rules exist: mark the rule ourselves.
  for (const old of document.querySelectorAll('.rk-target')) old.classList.remove('rk-target');
  if (target) {
    target.classList.add('rk-target');
    target.scrollIntoView();
  }
}

const main = document.getElementById('registry');
try {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  await init();
  let lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  const registries = { sv: rules('sv'), en: rules('en') };
  render(main, registries[lang], lang);
  showTarget();
  window.addEventListener('hashchange', showTarget);
  document.getElementById('lang').addEventListener('click', () => {
    lang = lang === 'sv' ? 'en' : 'sv';
    render(main, registries[lang], lang);
    showTarget();
    document.getElementById('lang').focus();
  });
} catch (e) {
  main.textContent = `${CHROME.sv.loadError} / ${CHROME.en.loadError}`;
  console.error(e);
}
