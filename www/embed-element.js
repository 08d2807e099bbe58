// <rehab-kollen>: Rehabkollen on a partner's page, in a closed Shadow DOM, under a strict CSP.
// `make build` bundles this file with the modules it imports into rehabkollen-embed.js, the one
// script partners load (with `integrity`); that bundle then loads the wasm and the stylesheet with
// the hashes in pkg/integrity.js, so every byte that runs is verified. See docs/EMBEDDING.md.
//   <script type="module" src="…/rehabkollen-embed.js" integrity="sha384-…" crossorigin="anonymous"></script>
//   <rehab-kollen lang="sv" mode="employer" data-sector="municipality"></rehab-kollen>
// Answers (health data) stay inside the element: events carry a summary of the result, and the
// answers only reach the host page's scripts when the partner opts in with `share-answers`.
import { diagnose, engineLoader } from './load.js';
import { INTEGRITY } from './pkg/integrity.js';
import { mount } from './ui.js';
import { CHROME } from './i18n.js';
import { accentColour } from './embed-snippets.js';
import { namedPath } from './state.js';

const CSS = 'style.css';
const url = (file) => new URL(`./${file}`, import.meta.url).href;

// The engine is fetched once per page, every file verified against its hash, and shared by every instance.
const { engine, start } = engineLoader(INTEGRITY);

/** The stylesheet, verified, in the shadow root; resolves once it applies, rejects with load.js's LoadError. */
function loadStyle(root) {
  const link = document.createElement('link');
  Object.assign(link, { rel: 'stylesheet', href: url(CSS), integrity: INTEGRITY[CSS], crossOrigin: 'anonymous' });
  return new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => diagnose(url(CSS), CSS, INTEGRITY[CSS]).then(reject), { once: true });
    root.append(link);
  });
}

/** Non-personal facts a partner may prefill, by question id (the catalogue's): the attribute is
 * data- and the field's name with dashes (employer.sector → data-sector); the values are the
 * catalogue's, checked by the engine like any answer (a refused one is named in rehabkollen:error). */
const PREFILL = ['employer.sector', 'employer.ags_insurance', 'employer.medarbetaravtal', 'provider.fk_approved', 'provider.ivo_permit', 'provider.performer'];
const prefillAttribute = (id) => `data-${id.split('.').pop().replaceAll('_', '-')}`;
const MODES = ['employer', 'provider', 'person', 'region'];
const HIDE = ['provider-tab', 'tools'];
/** Session-replay and analytics tools leave elements marked like this out of their recordings. */
const MASK = { 'data-private': '', 'data-hj-suppress': '', 'data-clarity-mask': 'true' };

/**
 * The result without a single answer: schemes, verdicts, amounts, measure statuses and deadlines,
 * each scheme's first sentence (www/advice.js; for a "no" without its reasons' words, which can
 * name the measure or the condition: the reasons go as rule ids) and its `changes`; only the
 * schemes in the partner's scope, when it set one.
 */
function summarize(outcome, scope, advice) {
  return {
    rules_version: outcome.rules_version,
    date: outcome.date,
    order: advice?.order ? { text: advice.order.text, schemes: [...advice.order.ids], total_ore: advice.order.total_ore } : null,
    schemes: outcome.schemes.filter((s) => !scope.length || scope.includes(s.id)).map((s) => ({
      id: s.id,
      verdict: s.verdict,
      payee: s.payee,
      amount_ore: { min: s.amount_ore.min, max: s.amount_ore.max },
      headline: advice?.schemes[s.id]?.lead ?? null,
      reasons: advice?.schemes[s.id]?.reasons.map((r) => r.rule) ?? [],
      changes: (s.changes ?? []).map((c) => ({ set: { ...c.set }, verdict: c.verdict, amount_ore: { ...c.amount_ore }, rules: [...(c.rules ?? [])] })),
      measures: s.measures.map((m) => ({
        index: m.index,
        status: m.status,
        eligible_cost_ore: m.eligible_cost_ore ?? null,
        deadline: m.deadline ?? null,
        ...(m.deadline_passed === undefined ? {} : { deadline_passed: m.deadline_passed }),
      })),
    })),
  };
}

/**
 * Printing the widget's summary prints only that: while it prints, everything on the host page
 * beside the path down to the element is marked and left out by a print-only sheet; both go when
 * printing ends. The host page is untouched on screen, and when the user prints the page itself
 * (the widget's print area is empty then), nothing is left out.
 */
const PRINT_MARK = 'data-rk-print-hide';
let printSheet = null;
function leaveOutOfPrint(element) {
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(`@media print { [${PRINT_MARK}] { display: none !important; } }`);
  if (!document.adoptedStyleSheets.includes(printSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  const marked = [];
  for (let node = element; node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || sibling.hasAttribute(PRINT_MARK) || ['HEAD', 'SCRIPT', 'STYLE', 'LINK'].includes(sibling.tagName)) continue;
      sibling.setAttribute(PRINT_MARK, '');
      marked.push(sibling);
    }
  }
  return () => {
    for (const m of marked) m.removeAttribute(PRINT_MARK);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== printSheet);
  };
}

const words = (value) => (value || '').split(/[\s,]+/).filter(Boolean);

class RehabKollen extends HTMLElement {
  static observedAttributes = ['lang', 'mode'];
  /** The closed shadow root: only this element holds it; scripts on the host page cannot reach in. */
  #root = null;
  #app = null;
  #pending = null;
  #restorePrint = null;
  #settle = null;

  connectedCallback() {
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
    if (this.#root) return;
    this.#root = this.attachShadow({ mode: 'closed' });
    for (const [name, value] of Object.entries(MASK)) if (!this.hasAttribute(name)) this.setAttribute(name, value);
    this.classList.add('fs-exclude');
    const lang = this.getAttribute('lang') === 'en' ? 'en' : 'sv';
    const status = document.createElement('p');
    // Readable before (or without) the stylesheet, whatever the host sets on the element.
    Object.assign(status.style, { font: '400 16px/1.4 system-ui, sans-serif', letterSpacing: 'normal', wordSpacing: 'normal',
      textTransform: 'none', textIndent: '0', textAlign: 'left', whiteSpace: 'normal', color: '#0b0c0c', background: '#ffffff', margin: '0', padding: '15px' });
    status.textContent = lang === 'en' ? 'Rehabkollen is loading …' : 'Rehabkollen laddas …';
    const container = document.createElement('div');
    this.#root.append(status, container);
    Promise.all([loadStyle(this.#root), start(lang)]).then(() => {
      status.remove();
      this.#mount(container, lang);
      this.#settle ??= this.#hold(container);
    }, (e) => {
      status.setAttribute('role', 'alert');
      status.textContent = e?.kind === 'integrity' ? CHROME[lang].integrityError : CHROME[lang].loadError;
      console.error('Rehabkollen:', e?.message);
    });
  }

  #mount(container, lang) {
    const allowProvider = this.hasAttribute('allow-provider');
    const hide = words(this.getAttribute('hide')).filter((h) => HIDE.includes(h));
    const scope = words(this.getAttribute('scope'));
    // The partner's colour as an attribute too (a strict CSP forbids a style attribute), when it reads well on white.
    const accent = accentColour(this.getAttribute('accent'));
    if (accent) container.style.setProperty('--rk-accent', accent);
    const prefill = this.#prefill();
    this.#app = mount(container, engine, {
      lang,
      role: MODES.includes(this.getAttribute('mode')) ? this.getAttribute('mode') : null,
      // Answers set before it started, refused: it starts from the partner's prefill, kept as the last good ones.
      answers: this.#pending ?? prefill,
      prefill,
      start: allowProvider && this.getAttribute('start') === 'provider' ? 'provider' : 'questionnaire',
      hide,
      ...(scope.length ? { scope } : {}),
      allowProvider,
      // The host's history is its own: entries for the widget's pages only when the partner asks.
      history: this.hasAttribute('history'),
      onChange: (answers) => this.#emit('rehabkollen:change', this.#sharing() ? { answers } : {}),
      onResult: (outcome, advice) => {
        const summary = summarize(outcome, scope, advice);
        this.#emit('rehabkollen:result', this.#sharing() ? { summary, outcome } : { summary });
      },
      // The path names a field (or `answers`, the whole document), never a value or a key the
      // host chose (state.js namedPath).
      onError: (err) => this.#emit('rehabkollen:error', { path: namedPath(err?.path || 'answers') }),
    });
    this.#pending = null;
  }

  /**
   * No jump on the host (rehabkollen-host.css): until the user acts inside the widget, it keeps the
   * height the host reserved for it (its min-height then), and grows past it only where that moves
   * nothing in view: when the reserved box already reaches below the window. Otherwise the part
   * beyond the reservation scrolls inside it until the user's first click or key. That settles it:
   * data-rk-settled lifts the reservation, and it follows its content from then on. After the
   * click, not at the press, so that the reservation giving way moves nothing under the pointer.
   * Returns the function that settles it.
   */
  #hold(container) {
    const reserved = parseFloat(getComputedStyle(this).minHeight) || 0;
    const fits = () => container.scrollHeight <= reserved || this.getBoundingClientRect().top + reserved >= window.innerHeight;
    const apply = () => Object.assign(container.style, fits() ? { maxHeight: '', overflowY: '' } : { maxHeight: `${reserved}px`, overflowY: 'auto' });
    const watch = reserved ? new ResizeObserver(apply) : null;
    watch?.observe(container.firstElementChild ?? container);
    if (reserved) window.addEventListener('resize', apply);
    const settle = () => {
      watch?.disconnect();
      window.removeEventListener('resize', apply);
      for (const type of ['click', 'keydown']) this.removeEventListener(type, settle, true);
      // What was scrolled into view inside stays where it is on the screen: the window scrolls instead.
      const inside = container.scrollTop;
      Object.assign(container.style, { maxHeight: '', overflowY: '' });
      this.setAttribute('data-rk-settled', '');
      if (inside) window.scrollBy({ top: inside, behavior: 'instant' });
    };
    for (const type of ['click', 'keydown']) this.addEventListener(type, settle, true);
    if (reserved) apply();
    return settle;
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  /** The widget fills its print area just before it prints; an empty one means the page itself prints. */
  #beforePrint = () => {
    if (this.#root?.querySelector('.rk-print')?.childElementCount) this.#restorePrint ??= leaveOutOfPrint(this);
  };

  #afterPrint = () => {
    this.#restorePrint?.();
    this.#restorePrint = null;
    this.#root?.querySelector('.rk-print')?.replaceChildren();
  };

  attributeChangedCallback(name, old, value) {
    if (!this.#app || old === value) return;
    if (name === 'lang') this.#app.setLang(value === 'en' ? 'en' : 'sv');
    if (name === 'mode') this.#app.setRole(MODES.includes(value) ? value : null);
  }

  /** The answers document (docs/API.md §1): health data, so `null` unless the partner set `share-answers`. */
  get answers() {
    if (!this.#sharing()) return null;
    if (this.#app) return this.#app.answers;
    try {
      return structuredClone(this.#pending ?? this.#prefill());
    } catch {
      return this.#prefill(); // answers set that cannot even be copied are refused once it starts (ui.js readAnswers)
    }
  }

  /** Replaces the answers. Checked as a whole: on a fault the widget names the field and keeps the
   * last good answers. Never throws, whatever the value (ui.js readAnswers). */
  set answers(value) {
    if (this.#app) this.#app.answers = value;
    else this.#pending = value;
  }

  /** Prints the widget's summary only, not the partner's page. */
  print() {
    this.#app?.print();
  }

  /** Whether the partner opted in to receive the answers (health data, GDPR art. 9). */
  #sharing() {
    return this.hasAttribute('share-answers');
  }

  #prefill() {
    const answers = { employer: {}, person: {}, provider: {}, measures: [] };
    for (const id of PREFILL) {
      const [section, field] = id.split('.');
      const v = this.getAttribute(prefillAttribute(id));
      if (v === null) continue;
      answers[section][field] = v === 'true' ? true : v === 'false' ? false : v;
    }
    return answers;
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('rehab-kollen')) customElements.define('rehab-kollen', RehabKollen);
