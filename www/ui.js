// Rehabkollen's questionnaire, mounted into a container (a page element or a shadow root). This is
// the one place that handles input, calls the engine (through engine.js) and moves between views;
// each view (views/*.js) renders from the one state object and never reaches into another's DOM.
// No rule lives here. Nothing is sent, stored or put in the URL; text from data is only ever set
// with textContent, never parsed as HTML.
import { CHROME, dateWords } from './i18n.js';
import { builder, morphChildren } from './dom.js';
import { connect } from './engine.js';
import { ALL_SCHEMES, clone, createState, emptyAnswers, getAt, ROLES, scopeFor, setAt } from './state.js';
import { measureStep, nextStep, questionStep } from './steps.js';
import { parseTyped, showFieldError } from './fields.js';
import { renderStart } from './views/start.js';
import { renderStep } from './views/step.js';
import { renderCheck } from './views/check.js';
import { renderResult, resultLine } from './views/result.js';
import { renderAll } from './views/all.js';
import { renderAbout } from './views/about.js';
import { renderPrint } from './views/print.js';
import { renderHeader, renderBar } from './views/shell.js';
import { externalLink, noticeBanner, ruleLink, rulesPage, sourceLinks } from './views/parts.js';

let instances = 0;
const ANNOUNCE_AFTER_MS = 1200; // the live region speaks once typing has settled

/** A performance mark, once per page, for the benchmarks (navigation → first question, → first result). */
function mark(name) {
  if (typeof performance !== 'undefined' && !performance.getEntriesByName(name).length) performance.mark(name);
}

/**
 * Mounts the questionnaire. `engine` is the engine of www/load.js, started with the language's texts.
 * Options: lang ('sv'|'en'), role, answers, start ('questionnaire'|'provider'), hide (['provider-tab',
 * 'tools']), scope (scheme ids), allowProvider (default true), onChange(answers), onResult(outcome),
 * onError(err). Returns { answers (get/set), outcome, setLang, setRole, print }. setLang returns a
 * promise: the language's texts load first, once. Outcomes carry texts in the languages loaded so far.
 */
export function mount(container, engine, options = {}) {
  const doc = container.ownerDocument || document;
  const uid = `rk${++instances}`;
  const api = connect(engine);
  const state = createState(options);
  const el = builder(doc);
  const hide = new Set(options.hide || []);
  const allowProvider = options.allowProvider !== false && !hide.has('provider-tab');
  if (!allowProvider && options.allowProvider === false && state.view === 'provider') state.view = 'start';
  // Engines before rules 2026.2 refuse `scope`: then every scheme is judged and the page shows only those in scope.
  const scopeSupported = !api.evaluate({ scope: ALL_SCHEMES }).error;
  let current = null; // the view on screen: { node, focus?, update? }
  let invoice = null; // the provider tools' invoice, once they have opened
  let announceTimer = null;
  let announced = '';

  const T = () => CHROME[state.lang];
  const idFor = (path) => `${uid}-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  const ctx = {
    el, state, T, idFor, allowProvider,
    cat: () => api.catalogue(state.lang),
    version: api.version,
    dateWords: (iso) => dateWords(iso, state.lang),
    /** The address of one of Rehabkollen's own files, beside this module (bundled or not, it sits at www/). */
    url: (rel) => new URL(`./${rel}`, import.meta.url).href,
    rulesPage: () => rulesPage(ctx),
    ruleLink: (id) => ruleLink(ctx, id),
    externalLink: (href, text) => externalLink(ctx, href, text),
    sourceLinks: (src) => sourceLinks(ctx, src),
    noticeBanner: () => noticeBanner(ctx),
  };

  // ---- answers and the engine --------------------------------------------------------------
  /** Judges `next`; on success it becomes the answers. An engine error names the field, and the last good answers stay. */
  function evaluate(next) {
    const r = api.evaluate(next);
    if (r.error) {
      options.onError?.(r.error);
      return r.error;
    }
    state.answers = next;
    state.outcome = r.outcome;
    mark('rk:first-result');
    current?.update?.();
    updateBar();
    scheduleAnnouncement();
    options.onChange?.(clone(state.answers));
    options.onResult?.(r.outcome);
    return null;
  }

  function applyScope(answers) {
    const scope = scopeFor(state);
    if (scope === undefined) return answers;
    if (scopeSupported && scope) answers.scope = [...scope];
    else delete answers.scope;
    return answers;
  }

  function fieldWrapper(path) {
    return current?.node.querySelector(`[data-path="${CSS.escape(path)}"]`);
  }
  /** A message at a field, kept in both languages ({ sv, en }) so a language switch keeps it. */
  function setError(path, message) {
    if (message) state.errors[path] = { sv: message.sv, en: message.en };
    else delete state.errors[path];
    const w = fieldWrapper(path);
    if (w) showFieldError(w, message ? message[state.lang] : null);
  }

  const act = {
    answer(path, value) {
      const next = clone(state.answers);
      setAt(next, path, value);
      delete state.drafts[path];
      const err = evaluate(next);
      setError(path, err);
    },
    /** Typed text: a valid value is used at once; a message shows only when the field is left. */
    typed(path, kind, raw, leaving) {
      state.drafts[path] = raw;
      const { value, error } = parseTyped(kind, raw);
      if (error) {
        if (leaving) setError(path, { sv: CHROME.sv.errors[error], en: CHROME.en.errors[error] });
        return;
      }
      if (leaving) delete state.drafts[path];
      if (value === getAt(state.answers, path) && !state.errors[path]) return;
      const next = clone(state.answers);
      setAt(next, path, value);
      const err = evaluate(next);
      if (err) {
        if (leaving || state.errors[path]) setError(path, err);
      } else setError(path, null);
    },
    setRole(role) {
      state.role = ROLES[role] ? role : null;
      evaluate(applyScope(clone(state.answers)));
    },
    setAllSchemes(on) {
      state.allSchemes = on;
      evaluate(applyScope(clone(state.answers)));
    },
    begin() {
      state.history = [];
      const step = nextStep(state, ctx.cat().questions.map((q) => q.id));
      show(step ? { view: 'step', step } : { view: 'check' }, false);
    },
    next() {
      const step = nextStep(state, ctx.cat().questions.map((q) => q.id));
      if (step) show({ view: 'step', step });
      else {
        state.seenCheck = true;
        show({ view: 'check' });
      }
    },
    back() {
      const place = state.history.pop();
      show(place ?? { view: 'start' }, false);
    },
    go(view) {
      if (view === 'check') state.seenCheck = true;
      show({ view });
    },
    /** "Ändra" on the check page: the question's own page, then back to the check page. */
    change({ path, measure }) {
      show({ view: 'step', step: measure !== undefined ? measureStep(measure) : questionStep(path) });
    },
    resume() {
      const step = nextStep(state, ctx.cat().questions.map((q) => q.id));
      show(step ? { view: 'step', step } : { view: 'check' });
    },
    addMeasure() {
      const next = clone(state.answers);
      next.measures = [...(next.measures || []), {}];
      evaluate(next);
      const i = next.measures.length - 1;
      if (state.view === 'all') {
        show({ view: 'all' }, false);
        current.focusMeasure(i);
      } else show({ view: 'step', step: measureStep(i) });
    },
    removeMeasure(i) {
      const next = clone(state.answers);
      next.measures.splice(i, 1);
      for (const p of Object.keys(state.errors)) if (p.startsWith('measures[')) delete state.errors[p];
      for (const p of Object.keys(state.drafts)) if (p.startsWith('measures[')) delete state.drafts[p];
      evaluate(next);
      if (state.view === 'all') return show({ view: 'all' }, false);
      // The pages of the measures (their numbers changed) leave the history; the removed one is not returned to.
      state.history = state.history.filter((p) => !p.step?.key.startsWith('measure:'));
      const step = nextStep(state, ctx.cat().questions.map((q) => q.id));
      show(step ? { view: 'step', step } : { view: 'check' }, false);
    },
    skipMeasures() {
      state.measuresSkipped = true;
      const next = clone(state.answers);
      next.measures = (next.measures || []).filter((m) => Object.keys(m).length);
      evaluate(next);
      act.next();
    },
    restart() {
      state.undo = { answers: clone(state.answers), role: state.role, allSchemes: state.allSchemes, measuresSkipped: state.measuresSkipped, seenCheck: state.seenCheck };
      Object.assign(state, { role: ROLES[options.role] ? options.role : null, allSchemes: false, drafts: {}, errors: {}, history: [], measuresSkipped: false, seenCheck: false });
      evaluate(applyScope(emptyAnswers()));
      invoice = null;
      if (providerBuilt) buildProviderView();
      state.notice = { kind: 'info', text: T().undone, undo: true };
      show({ view: 'start' }, false);
    },
    undo() {
      const u = state.undo;
      if (!u) return;
      state.undo = null;
      Object.assign(state, { role: u.role, allSchemes: u.allSchemes, measuresSkipped: u.measuresSkipped, seenCheck: u.seenCheck });
      evaluate(u.answers);
      state.notice = { kind: 'success', text: T().restored };
      show(u.seenCheck ? { view: 'check' } : { view: 'start' }, false);
    },
    save() {
      const blob = new Blob([`${JSON.stringify(state.answers, null, 2)}\n`], { type: 'application/json' });
      const a = el('a', { href: URL.createObjectURL(blob), download: T().file.name, hidden: true });
      root.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 0);
      state.notice = { kind: 'success', text: T().file.saved };
      show({ view: state.view, step: state.step }, false);
    },
    async open(file) {
      let doc;
      try {
        doc = JSON.parse(await file.text());
      } catch {
        state.notice = { kind: 'error', text: T().file.notJson };
        return show({ view: state.view, step: state.step }, false);
      }
      if (setAnswers(doc)) {
        if (state.role || state.allSchemes) evaluate(applyScope(clone(state.answers))); // the role chosen here decides the schemes
        state.notice = { kind: 'success', text: T().file.opened };
        state.seenCheck = true;
        show({ view: 'check' }, false);
      }
    },
    print() {
      fillPrint();
      doc.defaultView.print();
    },
    /** `fromToggle`: the focus stays on the language switch. The language's texts load first (once). */
    setLang(lang, fromToggle = false) {
      const next = lang === 'en' ? 'en' : 'sv';
      const asked = ++langAsked; // the last language asked for wins, whichever loads first
      return api.load(next).then(() => {
        if (asked !== langAsked) return;
        state.lang = next;
        const r = api.evaluate(state.answers); // the outcome's texts, now in this language too
        if (r.outcome) state.outcome = r.outcome;
        // The same page in the other language: where the user was, with what they had opened.
        const y = doc.defaultView?.scrollY ?? 0;
        const opened = [...viewArea.querySelectorAll('details')].map((d) => d.open);
        buildShell();
        show({ view: state.view, step: state.step }, false, false);
        const details = [...viewArea.querySelectorAll('details')];
        if (details.length === opened.length) details.forEach((d, i) => { d.open = opened[i]; });
        doc.defaultView?.scrollTo(0, y);
        if (fromToggle) root.querySelector('.rk-lang')?.focus({ preventScroll: true });
        if (state.outcome) options.onResult?.(state.outcome); // its texts now in this language too
      }, (e) => {
        if (asked !== langAsked) return;
        console.error('Rehabkollen:', e?.message);
        state.notice = { kind: 'error', text: T().loadError };
        show({ view: state.view, step: state.step }, false, false);
      });
    },
  };

  ctx.act = act;

  /** An engine error in words: the question it concerns (and its path, for experts), then what is wrong. */
  function errorText(err) {
    const q = err.path ? ctx.cat().question(err.path) : null;
    const where = err.path ? (q ? `”${q.text}” (${err.path})` : err.path) : '';
    return where ? `${where}: ${err[state.lang]}` : err[state.lang];
  }

  /** Replaces the whole answers document, validated by the engine first; on error ONE message names the field and nothing changes. */
  function setAnswers(value) {
    const candidate = value && typeof value === 'object' && !Array.isArray(value) ? clone(value) : value == null ? emptyAnswers() : null;
    const r = candidate ? api.evaluate(candidate) : { error: { sv: T().file.notJson, en: CHROME.en.file.notJson, path: null } };
    if (r.error) {
      state.notice = { kind: 'error', text: T().file.rejected(errorText(r.error)) };
      options.onError?.(r.error);
      if (current) show({ view: state.view, step: state.step }, false, false);
      return false;
    }
    state.drafts = {};
    state.errors = {};
    evaluate(candidate);
    if (current) show({ view: state.view, step: state.step }, false, false);
    return true;
  }

  // ---- the shell: header, tools, the view, the result line ----------------------------------
  const root = el('div', { class: 'rk rk-root' });
  container.append(root);
  let viewArea;
  let bar;
  let live;
  let printArea;
  let providerHost;
  let providerBuilt = false;
  let langAsked = 0;
  let providerBuilds = 0;

  function buildShell() {
    root.lang = state.lang;
    viewArea = el('div', { class: 'rk-view', id: idFor('view') });
    bar = el('div', { class: 'rk-bar', hidden: true });
    live = el('div', { class: 'rk-visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    printArea = el('div', { class: 'rk-print' });
    providerHost = el('div', { class: 'rk-provider', hidden: true });
    providerBuilt = false;
    root.replaceChildren(...renderHeader(ctx, { tools: !hide.has('tools'), allowProvider, focusView: () => current?.focus?.() }),
      viewArea, providerHost, bar, live, printArea);
  }

  /** The provider tools (their code and the full module they run on) load the first time they are opened. */
  function buildProviderView() {
    providerBuilt = true;
    const host = providerHost;
    const built = ++providerBuilds; // a later build (after "Börja om") replaces this one
    const status = el('p', { class: 'rk-loading', role: 'status', text: T().loading });
    host.replaceChildren(status);
    Promise.all([import('./provider.js'), api.provider()]).then(([tools, full]) => {
      if (host !== providerHost || built !== providerBuilds) return; // rebuilt meanwhile (a language switch, "Börja om")
      const active = root.getRootNode().activeElement; // inside a shadow root too
      const focusHere = state.view === 'provider' && (!active || active === doc.body || host.contains(active));
      host.replaceChildren();
      invoice ??= tools.emptyInvoice();
      tools.buildProvider(host, { el, T, lang: state.lang, engine: full, integrity: engine.integrity, catalogue: ctx.cat(), inv: invoice, uid, onInvoice: options.onInvoice });
      if (focusHere) host.querySelector('h2, h1')?.focus({ preventScroll: true });
    }, (e) => {
      console.error('Rehabkollen:', e?.message);
      status.setAttribute('role', 'alert');
      status.textContent = T().loadError;
      if (host === providerHost && built === providerBuilds) providerBuilt = false;
    });
  }

  function updateBar() {
    if (!bar) return;
    const on = ['step', 'check'].includes(state.view) && !!state.outcome;
    bar.hidden = !on;
    if (on) morphChildren(bar, [renderBar(ctx)]); // only what changed: it updates as the user types
  }

  function scheduleAnnouncement() {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (!live || state.view === 'start' || state.view === 'provider') return;
      const text = resultLine(ctx);
      if (text === announced) return;
      announced = text;
      live.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  function currentPlace() {
    return { view: state.view, step: state.step };
  }

  /** Shows a place (a view, and the step on the question view), pushing the one left onto the history. */
  function show(place, push = true, focus = true) {
    if (push && current) state.history.push(currentPlace());
    state.view = place.view;
    state.step = place.view === 'step' ? place.step : null;
    const renderers = { start: renderStart, step: renderStep, check: renderCheck, result: renderResult, all: renderAll, about: renderAbout };
    const provider = state.view === 'provider';
    providerHost.hidden = !provider;
    viewArea.hidden = provider;
    if (provider) {
      if (!providerBuilt) buildProviderView();
      current = { node: providerHost, focus: (o) => providerHost.querySelector('h2, h1')?.focus(o) };
    } else {
      const out = renderers[state.view](ctx);
      current = out instanceof Node ? { node: out, focus: (o) => out.querySelector('h1')?.focus(o) } : out;
      const notice = state.view === 'start' ? null : ctx.noticeBanner();
      viewArea.replaceChildren(...[notice, current.node].filter(Boolean));
      current.update?.();
    }
    state.notice = null;
    updateBar();
    if (state.view === 'check' || state.view === 'result') scheduleAnnouncement();
    if (focus) {
      // Like a new page: its top in view, the focus on its heading (or the notice first).
      root.scrollIntoView?.({ block: 'start' });
      const notice = viewArea.querySelector('.rk-notice button');
      if (notice) notice.focus({ preventScroll: true });
      else current.focus?.({ preventScroll: true });
    }
    mark('rk:first-question');
  }

  /** The printed summary, also when the browser's own print command is used. */
  function fillPrint() {
    if (printArea && state.outcome && !root.classList.contains('rk-printing-report')) printArea.replaceChildren(renderPrint(ctx));
  }
  doc.defaultView?.addEventListener('beforeprint', fillPrint);
  // A click anywhere outside the open menu closes it (Escape and focus leaving it: views/shell.js).
  // Inside the questionnaire the target is known; from the page around it (a closed shadow root
  // hides what is inside), only that the click was outside the questionnaire.
  const closeMenus = (target) => {
    for (const m of root.querySelectorAll('details.rk-menu[open]')) if (!target || !m.contains(target)) m.open = false;
  };
  root.addEventListener('pointerdown', (e) => closeMenus(e.target));
  doc.addEventListener('pointerdown', (e) => {
    if (!e.composedPath().includes(root.getRootNode().host ?? root)) closeMenus(null);
  });

  // ---- start ------------------------------------------------------------------------------
  buildShell();
  const initial = applyScope(state.answers);
  if (evaluate(initial)) evaluate(applyScope(emptyAnswers())); // bad initial answers: start empty, the error went to onError
  show({ view: state.view }, false, false);

  return {
    get answers() { return clone(state.answers); },
    set answers(value) { setAnswers(value); },
    get outcome() { return state.outcome; },
    setLang: (lang) => act.setLang(lang),
    setRole(role) {
      act.setRole(role);
      if (state.view === 'start') show({ view: 'start' }, false);
    },
    print: () => act.print(),
  };
}
