// "Bädda in Rehabkollen" (badda-in.html): a partner's editor chooses the role, the schemes, the
// language, the colour and the kind of embedding, sees it live, and copies the snippet (from
// embed-snippets.js, the same the package README gives) with the current version and its hashes.
// The roles come from state.js, the schemes and their names from the text catalogue, the hashes
// of the package's files from pkg/package-integrity.js (make build), and those of the files this
// site serves from their bytes as served (make dist rewrites the component's): nothing here
// repeats them. Options only: no answer is ever in a snippet.
import { cdnBase, elementSnippet, frameAddress, iframeSnippet, accentColour, IFRAME_HEIGHT } from './embed-snippets.js';
import { INTEGRITY } from './pkg/integrity.js';
import { PACKAGE_INTEGRITY } from './pkg/package-integrity.js';
import { ROLES } from './state.js';
import { CHROME } from './i18n.js';

const $ = (id) => document.getElementById(id);
const here = new URL('./', location.href).href;
const DEFAULT_ACCENT = $('accent').value;

/** A JSON file of Rehabkollen's, checked against its hash where one is known. */
async function json(file, integrity) {
  const r = await fetch(new URL(file, here), integrity ? { integrity } : {});
  if (!r.ok) throw new Error(`${file}: ${r.status}`);
  return r.json();
}

function choice(name, value, label, checked = false, type = 'radio') {
  const div = document.createElement('div');
  div.className = 'bi-choice';
  const input = Object.assign(document.createElement('input'), { type, name, value, id: `${name}-${value}`, checked });
  const l = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label });
  div.append(input, l);
  return div;
}

/** The sha384 of a file as this site serves it, for `integrity`. */
async function served(file) {
  const r = await fetch(new URL(file, here));
  if (!r.ok) throw new Error(`${file}: ${r.status}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await r.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const PARTNER_FILES = ['rehabkollen-embed.js', 'rehabkollen-host.css', 'rehabkollen-frame.js'];
const [texts, ...hashes] = await Promise.all([json('pkg/texts-sv.json', INTEGRITY['pkg/texts-sv.json']), ...PARTNER_FILES.map(served)]);
const local = Object.fromEntries(PARTNER_FILES.map((f, i) => [f, hashes[i]]));
$('roles').append(choice('mode', '', 'Alla: besökaren väljer själv', true), ...Object.keys(ROLES).map((r) => choice('mode', r, CHROME.sv.start.roles[r])));
$('schemes').append(...Object.entries(texts.schemes).map(([id, name]) => choice('scope', id, name, false, 'checkbox')));
const { crate_version: version, rules_version: rulesVersion } = texts.version;
$('version').textContent = `Version ${version} av Rehabkollen, regler ${rulesVersion}.`;

/** The options as chosen now; `problems` names what is not taken, each shown at its field. */
function read() {
  const form = new FormData($('options'));
  const accentValue = $('accent').value;
  const accent = accentValue.toLowerCase() === DEFAULT_ACCENT ? null : accentColour(accentValue);
  let host = null;
  const typed = $('host').value.trim();
  if (typed) {
    try {
      const u = new URL(typed);
      if (/^https?:$/.test(u.protocol)) host = u.origin;
    } catch {
      host = null;
    }
  }
  return {
    kind: form.get('kind'),
    source: form.get('source'),
    options: { lang: form.get('lang'), mode: form.get('mode') || null, scope: form.getAll('scope'), accent },
    host,
    problems: { accent: accentValue.toLowerCase() !== DEFAULT_ACCENT && !accent, host: Boolean(typed) && !host },
  };
}

function snippetFor({ kind, source, options, host }) {
  if (kind === 'element') {
    const [base, hash] = source === 'here' ? [here, local] : [cdnBase(version), PACKAGE_INTEGRITY];
    return elementSnippet({ base, integrity: { script: hash['rehabkollen-embed.js'], css: hash['rehabkollen-host.css'] }, ...options });
  }
  // Without the site's address the frame works but keeps its height (it sends no message without a host).
  return iframeSnippet({ app: here, host, frameScript: { src: new URL('rehabkollen-frame.js', here).href, integrity: local['rehabkollen-frame.js'] }, ...options });
}

let shown = '';
// A preview frame is not taken away before its questionnaire has loaded the engine (ui.js marks
// `rk:first-result` then): that would cut its downloads short, which the browser reports as
// errors. A preview chosen meanwhile waits, the latest only.
let loading = false;
let waiting = null;
const READY_WAIT_MS = 10_000;

/** Calls `then` once the questionnaire in `frame` has its first result (or has taken too long). */
function whenReady(frame, then) {
  const since = Date.now();
  const check = () => {
    let ready = true;
    try {
      ready = frame.contentWindow.performance.getEntriesByName('rk:first-result').length > 0;
    } catch {
      // Not readable (gone, or another origin): nothing to wait for.
    }
    if (ready || !frame.isConnected || Date.now() - since > READY_WAIT_MS) then();
    else setTimeout(check, 50);
  };
  frame.addEventListener('load', check, { once: true });
}

/** Puts the node `make` gives in the preview, once the frame there (if any) is ready. */
function show(make) {
  if (loading) {
    waiting = make;
    return;
  }
  const node = make();
  $('preview').replaceChildren(node);
  if (node.nodeName !== 'IFRAME') return;
  loading = true;
  whenReady(node, () => {
    loading = false;
    const next = waiting;
    waiting = null;
    if (next) show(next);
  });
}

/** The preview: the same options on this page (the iframe's host is this page). */
function preview({ kind, options }) {
  const key = JSON.stringify([kind, options]);
  if (key === shown) return;
  shown = key;
  show(() => {
    if (kind === 'element') {
      const el = document.createElement('rehab-kollen');
      for (const [k, v] of Object.entries({ lang: options.lang, mode: options.mode, scope: options.scope.join(' '), accent: options.accent })) if (v) el.setAttribute(k, v);
      return el;
    }
    const frame = Object.assign(document.createElement('iframe'), { title: 'Rehabkollen, förhandsvisning', src: frameAddress({ app: here, host: location.origin, ...options }) });
    frame.setAttribute('data-rehabkollen', '');
    frame.setAttribute('height', String(IFRAME_HEIGHT));
    return frame;
  });
}

function update() {
  const now = read();
  $('source-field').hidden = now.kind !== 'element';
  $('host-field').hidden = now.kind !== 'iframe';
  $('accent-error').hidden = !now.problems.accent;
  $('host-error').hidden = !now.problems.host;
  $('host').setAttribute('aria-invalid', String(now.problems.host));
  $('snippet').value = snippetFor(now);
  $('copied').textContent = '';
  preview(now);
}

$('options').addEventListener('change', update);
$('options').addEventListener('input', (e) => {
  if (e.target.id !== 'accent') update();
});
$('options').addEventListener('submit', (e) => e.preventDefault());
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
    $('copied').textContent = 'Koden är kopierad.';
  } catch {
    $('snippet').select();
    $('copied').textContent = 'Koden är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).';
  }
});
update();
