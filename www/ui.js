// Rehabkollen's questionnaire, mounted into a container (a page element or a shadow root). This is
// the one place that handles input: each action changes the one state object (state.js), calls the
// engine (through engine.js) when the answers change, and renders the page again from the state.
// Each view (views/*.js, and provider.js for the provider tools) is a function of the state; the
// keyed morph (dom.js) puts it on the page changing only what differs, so the focus, the caret and
// what is open stay where they belong. No rule lives here. Nothing is sent, stored or put in the
// URL; text from data is only ever set with textContent, never parsed as HTML. Each page of the
// questionnaire can be an entry of the browser's history (the option `history`), holding which
// entry it is and nothing else.
import { CHROME, dateWords } from './i18n.js';
import { builder, changing, morphChildren, watchAbove } from './dom.js';
import { connect } from './engine.js';
import { clone, createState, emptyAnswers, getAt, hasAnswers, measureIndex, namedPath, relevantPaths, ROLES, scopeFor, separateForNew, setAnswer, setAt } from './state.js';
import { measureStep, newlyOpen, nextStep, openQuestions, questionStep, revisit, withoutMeasure } from './steps.js';
import { controlId, parseTyped } from './fields.js';
import { chosenOnPage, renderStart } from './views/start.js';
import { renderStep, stepProblems } from './views/step.js';
import { focusField } from './views/error-summary.js';
import { renderCheck } from './views/check.js';
import { adviceFor, renderResult, resultLine } from './views/result.js';
import { allPaths, renderAll, shownOn } from './views/all.js';
import { renderAbout } from './views/about.js';
import { renderPrint } from './views/print.js';
import { pageTitle, renderHeader, renderBar } from './views/shell.js';
import { externalLink, noticeBanner, ruleLink, rulesPage, sourceLinks } from './views/parts.js';
import { diagnose } from './load.js';
import { megabytes, readAnswersFile, yieldToBrowser } from './files.js';

let instances = 0;
/** The folder of this module: www/, bundled or not. */
const HERE = new URL('./', import.meta.url).href;
const ANNOUNCE_AFTER_MS = 1200; // the live region speaks once typing has settled
const VIEWS = { start: renderStart, step: renderStep, check: renderCheck, result: renderResult, all: renderAll, about: renderAbout };

const marked = new Set(); // the marks made: each keystroke judges the answers and would ask the browser again
/** A performance mark, once per page, for the benchmarks (navigation → first result: the engine
 * ready; the first question's paint is the browser's Element Timing, views/start.js). */
function mark(name) {
  if (marked.has(name)) return;
  marked.add(name);
  if (typeof performance !== 'undefined' && !performance.getEntriesByName(name).length) performance.mark(name);
}

/** A message in both languages from the chrome's texts. */
const both = (pick) => ({ sv: pick(CHROME.sv), en: pick(CHROME.en) });

/**
 * Mounts the questionnaire. `engine` is the engine of www/load.js, started with the language's
 * texts, or being started: then `ready` is the promise of its start, and until it resolves what
 * needs the engine waits (see whenReady below). A first screen already in `container`, as `make
 * build` writes it into index.html from this very code (tools/first-screen.mjs), is taken over, not
 * drawn again: what the user chose on it is kept, and `pressed` lists the buttons pressed before
 * this script ran (index.html's inline script keeps them), pressed again here, in order.
 * Options: lang ('sv'|'en'), role, answers, prefill (answers to start from when `answers` are
 * refused: a partner's own fields), start ('questionnaire'|'provider'), hide (['provider-tab',
 * 'tools']), scope (scheme ids), allowProvider (default true), history (default false: each page
 * an entry of the browser's history, and leaving with unsaved answers asks first), title (default
 * false: the document's title names the page), onChange(answers), onResult(outcome, advice) (advice:
 * www/advice.js's sentences for it, in the page's language), onError(err).
 * Returns { answers (get/set), outcome, setLang, setRole, print }. setLang returns a promise: the
 * language's texts load first, once. Outcomes carry texts in the languages loaded so far.
 */
export function mount(container, engine, options = {}) {
  const doc = container.ownerDocument || document;
  const uid = `rk${++instances}`;
  const api = connect(engine);
  // The answers a host gives are read once the engine is ready (start(), readAnswers()), never
  // copied before: a value the engine refuses may not even copy. Until then none are shown.
  let given = options.answers ?? undefined;
  const state = createState({ ...options, answers: null });
  const win = doc.defaultView;
  const el = builder(doc);
  const hide = new Set(options.hide || []);
  const allowProvider = options.allowProvider !== false && !hide.has('provider-tab');
  if (!allowProvider && options.allowProvider === false && state.view === 'provider') state.view = 'start';
  // Engines before rules 2026.2 refuse `scope`: then every scheme is judged and the page shows only
  // those in scope (asked once the engine is ready).
  let scopeSupported = true;
  // Until the engine is ready (options.ready), answers are kept as given and judged once it is, and
  // what cannot go on without it waits, in the order asked: nothing is lost and nothing is refused.
  let ready = !options.ready;
  const waiting = [];
  // Effects in flight, not state (nothing is drawn from them): the announcement's timer, the
  // language asked for last, the provider tools' code and engine once loaded (and ctx.pointer).
  let announceTimer = null;
  let langAsked = 0;
  let tools = null;
  let providerCss = null; // the provider tools' stylesheet, on the page from their first opening

  // The first screen on the page already (index.html): its elements are the questionnaire's.
  const shown = container.querySelector(':scope > .rk-root');
  const part = (cls, make) => shown?.querySelector(`:scope > .${cls}`) ?? make();
  const root = shown ?? el('div', { class: 'rk rk-root' });
  const viewArea = part('rk-view', () => el('div', { class: 'rk-view', id: `${uid}-view` }));
  const providerHost = part('rk-provider', () => el('div', { class: 'rk-provider', id: `${uid}-provider`, hidden: true }));
  const bar = part('rk-bar', () => el('div', { class: 'rk-bar', hidden: true }));
  const live = part('rk-live', () => el('div', { class: 'rk-visually-hidden rk-live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }));
  const printArea = part('rk-print', () => el('div', { class: 'rk-print' }));
  if (!shown) container.append(root);

  const T = () => CHROME[state.lang];
  const idFor = (path) => `${uid}-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  const ctx = {
    el, doc, root, state, T, idFor, uid, allowProvider,
    /** Puts the page in line with the state; `focus` as in applyFocus(). */
    render: (opts) => render(opts),
    /** A pointer is pressed: a field left this way is checked after the click, so nothing moves under it. */
    pointer: { down: false },
    cat: () => api.catalogue(state.lang),
    version: api.version,
    dateWords: (iso) => dateWords(iso, state.lang),
    /** The address of one of Rehabkollen's own files, beside this module (bundled or not, it sits at www/). */
    url: (rel) => `${HERE}${rel}`,
    rulesPage: () => rulesPage(ctx),
    ruleLink: (id) => ruleLink(ctx, id),
    externalLink: (href, text) => externalLink(ctx, href, text),
    sourceLinks: (src) => sourceLinks(ctx, src),
    noticeBanner: () => noticeBanner(ctx),
  };
  const questionIds = () => ctx.cat().questions.map((q) => q.id);

  // ---- answers and the engine --------------------------------------------------------------
  /** Judges `next`; on success it becomes the answers. An engine error names the field, and the last good answers stay. */
  /** `cause`: the answer path just answered, which folds the questions it makes stop mattering. */
  function evaluate(next, cause = null) {
    if (!ready) {
      state.answers = next; // judged when the engine is ready
      return null;
    }
    const r = api.evaluate(next);
    if (r.error) {
      options.onError?.(r.error);
      return r.error;
    }
    const before = cause && state.outcome ? relevantPaths(state) : null;
    state.answers = next;
    state.outcome = r.outcome;
    state.perMeasure = api.perMeasure(next, r.outcome);
    if (before) {
      const after = relevantPaths(state);
      for (const p of before) if (!after.has(p)) state.foldedBy[p] = cause;
    }
    placeShown();
    guardLeaving();
    mark('rk:first-result');
    scheduleAnnouncement();
    options.onChange?.(clone(state.answers));
    options.onResult?.(r.outcome, adviceFor(ctx));
    return null;
  }

  /** "Alla frågor på en sida": every question it shows now counts as placed there. */
  function placeShown() {
    if (state.view !== 'all' || !state.outcome) return;
    const shown = shownOn(state);
    for (const p of allPaths(ctx)) if (shown(p)) state.placed[p] = true;
  }

  function applyScope(answers) {
    const scope = scopeFor(state);
    if (scope === undefined) return answers;
    if (scopeSupported && scope) answers.scope = [...scope];
    else delete answers.scope;
    return answers;
  }

  /** A message at a field, kept in both languages ({ sv, en }) so a language switch keeps it; for a
   * date, the `parts` it is about. */
  function setError(path, message) {
    if (message) state.errors[path] = { sv: message.sv, en: message.en, ...(message.parts ? { parts: message.parts } : {}) };
    else delete state.errors[path];
  }

  /** The question page's error summary says what its fields say now (GOV.UK: the summary and the
   * field agree): when a field is left or answered, each question it lists gets the field's current
   * message, a question answered since leaves it, and with none left it goes. It lists no question
   * it did not list at "Fortsätt" (the field's own message says what is wrong there). */
  function keepSummary() {
    if (!state.summary || state.view !== 'step') return;
    const now = new Map(stepProblems(ctx).map((p) => [p.path, p]));
    const kept = state.summary.map((p) => now.get(p.path)).filter(Boolean);
    state.summary = kept.length ? kept : null;
  }

  /** Measure `i` among those "Alla frågor på en sida" shows (views/parts.js firstOf()). */
  function showMeasure(i) {
    state.open['more:all-measures'] = Math.max(state.open['more:all-measures'] || 0, i + 1);
  }

  /** Forgets what belonged to the measures by their numbers (which change when one goes). */
  function forgetMeasures() {
    for (const table of [state.errors, state.drafts, state.placed]) for (const p of Object.keys(table)) if (p.startsWith('measures[')) delete table[p];
    state.foldedBy = {}; // the paths in it, keys and values, may be a measure's
    for (const k of Object.keys(state.open)) if (k.startsWith('why:measures[') || k.startsWith('answers:measures[')) delete state.open[k];
  }

  const act = {
    answer(path, value) {
      const next = clone(state.answers);
      // Its first answer adds the measure (one added and taken back): asked its own, as addMeasure() does.
      if (measureIndex(path) === (state.answers.measures?.length ?? 0)) separateForNew(next);
      setAnswer(next, path, value);
      delete state.drafts[path];
      setError(path, evaluate(next, path));
      keepSummary();
      renderInPlace();
    },
    /** Typed text (a date: its parts): a valid value is used at once; a message shows only when the
     * field is left (`leaving` true). 'box': one box of a date was left, which may have spread a
     * whole date over the three. */
    typed(path, kind, raw, leaving) {
      // What the field shows before: a field left as it was, nothing typed in it, is not drawn
      // again (its blur as the page changes, the browser's Back from a change page). A box of a
      // date left is: what was typed in it may be drawn from its parts (a memo is keyed by the state).
      const was = JSON.stringify([state.drafts[path], state.errors[path]]);
      const changed = () => JSON.stringify([state.drafts[path], state.errors[path]]) !== was;
      state.drafts[path] = raw;
      const { value, error } = parseTyped(kind, raw);
      if (error) {
        if (leaving === true) setError(path, error);
        if (leaving === true) keepSummary();
        if (leaving === 'box' || (leaving && changed())) render();
        return;
      }
      if (value === getAt(state.answers, path) && !state.errors[path]) {
        if (leaving === true) delete state.drafts[path];
        if (leaving === true) keepSummary();
        if (leaving === 'box' || (leaving && changed())) render();
        return;
      }
      const next = clone(state.answers);
      if (measureIndex(path) === (state.answers.measures?.length ?? 0)) separateForNew(next); // its first answer adds the measure
      setAt(next, path, value);
      const err = evaluate(next, path);
      if (err) {
        // Refused by the engine (a date that does not exist): the text stays as typed, with the message.
        if (leaving || state.errors[path]) setError(path, err);
      } else {
        setError(path, null);
        if (leaving === true) delete state.drafts[path];
      }
      if (leaving === true) keepSummary();
      renderInPlace();
    },
    setRole(role) {
      state.role = ROLES[role] ? role : null;
      delete state.errors.role;
      evaluate(applyScope(clone(state.answers)));
      render();
    },
    setAllSchemes(on) {
      state.allSchemes = on;
      evaluate(applyScope(clone(state.answers)));
      render();
    },
    /** "Starta": the first question, once the user has said who they are. */
    begin() {
      state.walk = null;
      if (!state.role) {
        // GOV.UK's pattern: the summary on top, the focus in it, its link to the first role. It
        // stays until "Starta" again (removing it as a role is chosen would move the page under the pointer).
        state.errors.role = both((c) => c.start.roleMissing);
        state.summary = [{ path: 'role' }];
        return render({ focus: { id: idFor('start-summary') } });
      }
      whenReady(() => {
        const step = nextStep(state, questionIds());
        navigate(step ? { view: 'step', step } : { view: 'check' });
      });
    },
    /** "Fortsätt" (`then`: 'next') or "Lägg till en insats till" ('addMeasure') on a question page: the
     * page is left only when each question on it has an answer; else the summary says what is missing. */
    leaveStep(then) {
      const problems = stepProblems(ctx);
      if (problems.length) {
        // A typing error not yet shown (the field was left by this very click) shows at its field too.
        for (const p of problems) if (p.text) setError(p.path, p.text);
        state.summary = problems;
        return render({ focus: { id: idFor('step-summary') } });
      }
      act[then]();
    },
    next() {
      if (state.walk) return walkOn();
      const change = state.changing;
      if (change) {
        const step = newlyOpen(state, change.open, questionIds());
        return navigate(step ? { view: 'step', step, change } : { view: 'check' });
      }
      const step = nextStep(state, questionIds());
      if (step) navigate({ view: 'step', step });
      else {
        state.seenCheck = true;
        navigate({ view: 'check' });
      }
    },
    /** "Tillbaka": the page before, as the browser's Back would show it. */
    back() {
      const to = nearest(state.at, -1);
      if (to === null) return navigate({ view: 'start' });
      if (sessionHistory) sessionHistory.go(to - state.at); // the page follows in `popstate`
      else arrive(to);
    },
    go(view) {
      if (view === 'check') state.seenCheck = true;
      navigate({ view });
    },
    /** "Svara" at an item of the result's "Svar som behövs": that item's own answers (`paths`: one, or
     * one for each measure it names, in measure order), those still open one by one, then back to the
     * result at the next item of the list (`one`: a single measure's button of "Svara för en viss
     * insats", whose next measure comes first). Nothing else is asked: the user chose that item. */
    walk(paths, { one = false } = {}) {
      const groups = adviceFor(ctx).groups;
      const at = groups.findIndex((g) => g.paths.includes(paths[0]));
      const item = groups[at];
      // Where the focus goes back to, in the list's order as it stands now (walkBack()).
      const after = [...(one && item ? item.paths.slice(item.paths.indexOf(paths[0]) + 1).map((p) => ({ path: p, one: true })) : []),
        ...groups.slice(at + 1).filter((g) => !g.unasked).flatMap((g) => g.paths.map((p) => ({ path: p })))];
      state.walk = { paths: [...paths], after };
      navigate({ view: 'step', step: questionStep(paths[0]) });
    },
    /** A reason's rule link on a result card: "Så har vi bedömt" opens, at that reason (of measure
     * `measure`, shown however far down its long list it is: views/parts.js firstOf()). */
    openReason(key, id, measure) {
      state.open[key] = true;
      if (measure != null) state.open[`more:${key}`] = Math.max(state.open[`more:${key}`] || 0, measure + 1);
      render({ focus: { id } });
    },
    /** "Ändra" on the check page at the answer `path`: its question's page (a measure's basics:
     * the measure's page, the focus in that question), then, after what the change newly asks,
     * back to the check page at that row (act.next, show()). */
    change({ path, measure }) {
      state.walk = null;
      const change = { path, y: win?.scrollY ?? 0, open: openQuestions(state) };
      const own = measure === undefined;
      navigate({ view: 'step', step: own ? questionStep(path) : measureStep(measure), change }, { focus: own || { field: path } });
    },
    resume() {
      const step = nextStep(state, questionIds());
      navigate(step ? { view: 'step', step } : { view: 'check' });
    },
    addMeasure() {
      const before = state.answers;
      const next = clone(state.answers);
      // A provider's answer given once stays with the measures there are; the new one is asked its own.
      separateForNew(next);
      next.measures = [...(next.measures || []), {}];
      // Refused (a case holds at most 500 measures): said where the user is, the answers as they were.
      if (evaluate(next)) return navigate(here(), { push: false, focus: false, notice: { kind: 'error', text: both((c) => c.measureLimit(state.answers.measures?.length ?? 0)) } });
      const i = next.measures.length - 1;
      state.removed = null;
      if (state.view === 'all') {
        showMeasure(i);
        navigate(here(), { push: false, focus: { id: idFor(`measures[${i}].kind`) } });
        return;
      }
      // From a change's page the new measure is part of the change: then back to the check page.
      navigate({ view: 'step', step: measureStep(i), ...(state.changing ? { change: state.changing } : {}) });
      state.adding = { index: i, before }; // taken back if its page is left with nothing answered (show())
    },
    removeMeasure(i) {
      const next = clone(state.answers);
      next.measures.splice(i, 1);
      const removed = both((c) => c.measureRemoved(c.measureCaption(i + 1), i < next.measures.length));
      forgetMeasures();
      evaluate(next);
      if (state.view === 'all') {
        // Said where the removed measure was, not at the page's top, and the focus there: the
        // message takes its place (views/all.js), above the measure now numbered as it was.
        if (i < next.measures.length) showMeasure(i);
        state.removed = { index: i, text: removed };
        return navigate(here(), { push: false, focus: { id: idFor('all-removed') } });
      }
      // The pages behind follow the measures' new numbers; the removed one's are not returned to.
      state.trail = state.trail.map((p) => withoutMeasure(p, i));
      const notice = { kind: 'success', text: removed };
      if (state.changing) {
        state.changing = null; // its row is gone: the check page from its top
        return navigate({ view: 'check' }, { push: false, notice });
      }
      const step = nextStep(state, questionIds());
      navigate(step ? { view: 'step', step } : { view: 'check' }, { push: false, notice });
    },
    skipMeasures() {
      state.measuresSkipped = true;
      const next = clone(state.answers);
      next.measures = (next.measures || []).filter((m) => Object.keys(m).length);
      evaluate(next);
      act.next();
    },
    restart() {
      state.adding = null;
      state.undo = { answers: clone(state.answers), role: state.role, allSchemes: state.allSchemes, measuresSkipped: state.measuresSkipped, seenCheck: state.seenCheck };
      Object.assign(state, { role: ROLES[options.role] ? options.role : null, allSchemes: false, drafts: {}, errors: {}, foldedBy: {}, measuresSkipped: false, seenCheck: false, open: {} });
      evaluate(applyScope(emptyAnswers()));
      if (tools) tools.module.startInvoice(ctx, tools);
      else state.invoice = null;
      // A new case in a new entry: the pages of the old one, behind it in the browser's history, show the start page.
      run = newRun();
      state.trail = [{ view: 'start' }];
      state.at = 0;
      sessionHistory?.pushState(entry(0), '');
      show({ view: 'start' }, { notice: restartNotice() });
    },
    undo() {
      const u = state.undo;
      if (!u) return;
      state.undo = null;
      Object.assign(state, { role: u.role, allSchemes: u.allSchemes, measuresSkipped: u.measuresSkipped, seenCheck: u.seenCheck });
      evaluate(u.answers);
      navigate(u.seenCheck ? { view: 'check' } : { view: 'start' }, { push: false, notice: { kind: 'success', text: both((c) => c.restored) } });
    },
    save() {
      const blob = new Blob([`${JSON.stringify(state.answers, null, 2)}\n`], { type: 'application/json' });
      const a = el('a', { href: URL.createObjectURL(blob), download: T().file.name, hidden: true });
      root.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 0);
      state.saved = savedForm(state.answers);
      guardLeaving();
      if (state.view === 'all') {
        // Beside the result there (views/all.js): said in the live region, the page kept as it is,
        // the focus on the button, rather than a notice above everything and the page's top.
        state.announced = T().file.saved;
        return render();
      }
      navigate(here(), { push: false, notice: { kind: 'success', text: both((c) => c.file.saved) } });
    },
    /** A file of saved answers (files.js): too large, empty, not answers or answering nothing is refused with a message, the answers kept. */
    async open(file) {
      const read = await readAnswersFile(file);
      if (read.error) {
        const text = read.error === 'tooBig'
          ? { sv: CHROME.sv.file.tooBig(megabytes(read.size, 'sv'), megabytes(read.max, 'sv')), en: CHROME.en.file.tooBig(megabytes(read.size, 'en'), megabytes(read.max, 'en')) }
          : both((c) => c.file[read.error]);
        return navigate(here(), { push: false, notice: { kind: 'error', text } });
      }
      // Checked as it is first (a refusal names the field), then judged once with the schemes of the
      // role chosen here; the browser has a turn between the two, each a judgement of up to 500 measures.
      const checked = readAnswers(read.doc);
      await yieldToBrowser(win);
      if (setAnswers(read.doc, { read: checked, scoped: true, stay: false })) {
        // Another case: what was opened or shown more of in the last one does not carry over.
        forgetMeasures();
        for (const k of Object.keys(state.open)) if (k.startsWith('more:')) delete state.open[k];
        state.seenCheck = true;
        state.saved = savedForm(state.answers);
        guardLeaving();
        navigate({ view: 'check' }, { notice: { kind: 'success', text: both((c) => c.file.opened) } });
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
        if (state.outcome) {
          state.outcome = api.withLoadedTexts(state.outcome); // its texts, now in this language too
          scheduleAnnouncement(); // the status line too, in the page's language (as after a judgement)
        }
        // The same page in the other language, in place: where the user was, with what they had opened.
        const y = doc.defaultView?.scrollY ?? 0;
        render();
        doc.defaultView?.scrollTo(0, y);
        if (fromToggle) root.querySelector('.rk-lang')?.focus({ preventScroll: true });
        if (state.outcome) options.onResult?.(state.outcome, adviceFor(ctx)); // its texts now in this language too
      }, (e) => {
        if (asked !== langAsked) return;
        console.error('Rehabkollen:', e?.message);
        state.notice = { kind: 'error', text: both((c) => c.loadError) };
        render();
      });
    },
    /** To a question on "Alla frågor på en sida" (from the result beside them): its control in focus. */
    toQuestion(path, id) {
      const i = measureIndex(path);
      if (i !== null) showMeasure(i);
      render({ focus: { id } });
    },
    /** "Visa … till" under a long list (views/parts.js firstOf()): `count` items show, the focus on the first added. */
    showMore(key, count, focusId) {
      state.open[`more:${key}`] = count;
      render({ focus: { id: focusId } });
    },
    /** A <details> opened or closed (views/parts.js disclosure()). */
    setOpen(key, open) {
      state.open[key] = open;
      render();
    },
    /** The skip link: to the view's heading. */
    focusView: () => applyFocus('view'),
  };
  // What the start page offers that needs no engine runs at once (a role, the language: its texts
  // load on their own); every other action waits for the engine.
  const EARLY = new Set(['setRole', 'setAllSchemes', 'begin', 'setLang', 'setOpen', 'focusView']);
  for (const [name, fn] of Object.entries(act)) if (!EARLY.has(name)) act[name] = (...args) => whenReady(() => fn(...args));
  ctx.act = act;

  /** Runs `fn` now when the engine is ready, else once it is (the user is told it is loading). */
  function whenReady(fn) {
    if (ready) return fn();
    waiting.push(fn);
    if (state.waiting) return undefined;
    state.waiting = true;
    state.announced = T().loading;
    render();
    return undefined;
  }

  /** An engine error in words in `lang`: the question it concerns, then what is wrong (the path, an internal word, only in the console). */
  function errorText(err, lang = state.lang) {
    const q = err.path && engine.texts[lang] ? questionOn(api.catalogue(lang), err.path) : null;
    const where = q?.text ?? (err.path ? placeOf(err.path, lang) : null);
    // An error the engine did not word (a JavaScript error thrown while reading, e.g. a revoked
    // Proxy) has no Swedish: the user gets the page's own words, the browser's only in the console.
    const what = err[lang] ?? CHROME[lang].file.unreadableAnswers;
    return where ? `”${where}”: ${what}` : what;
  }

  /** Where a path that is no question's points, in words: its measure, else its part of the answers. */
  function placeOf(path, lang) {
    const i = measureIndex(path);
    if (i !== null) return CHROME[lang].measureCaption(i + 1);
    const sections = CHROME[lang].check.sections;
    const top = path.split(/[.[]/)[0];
    return Object.hasOwn(sections, top) ? sections[top] : null;
  }

  /** The question of `path`, or of the nearest part of it that is one: a fault inside an answer
   * (a cycle under person.condition: person.condition.x.x…) is that answer's. */
  function questionOn(cat, path) {
    for (let p = path; p; p = p.slice(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('['), 0))) {
      const q = cat.question(p);
      if (q) return q;
    }
    return null;
  }

  /** The walk's (act.walk) next answer after the one on screen that still decides a scheme shown,
   * or the result when none is left, the focus at the list's next item (walkBack()). */
  function walkOn() {
    const w = state.walk;
    // As the result lists them (advice.js openAcross()): where the page asks each, with something to answer.
    const open = new Set(state.outcome ? adviceFor(ctx).open.filter((q) => !q.unasked).map((q) => q.path) : []);
    const here = w.paths.indexOf(state.step?.paths?.[0]);
    const next = w.paths.slice(here + 1).find((p) => open.has(p));
    if (next !== undefined) return navigate({ view: 'step', step: questionStep(next) });
    navigate({ view: 'result' }, { focus: walkBack(w, open) });
  }

  /** Where the result takes the focus after a walk: the first item after the walked one that is
   * still open (its "Svara", or the measure's button the walk began beside), else the list's
   * heading, or the result's when the list is gone. */
  function walkBack(w, open) {
    const heading = open.size ? idFor('open-heading') : idFor('result-title');
    const c = w.after.find((x) => open.has(x.path));
    if (!c) return { id: heading };
    const item = adviceFor(ctx).groups.find((g) => g.paths.includes(c.path));
    const own = item ? idFor(`open-answer-${item.path}`) : heading;
    return c.one ? { id: idFor(`open-one-${c.path}`), or: own } : { id: own, or: heading };
  }

  /**
   * Answers a host hands over (the option `answers`, the `answers` setter), as answers to judge:
   * `{ answers }`, a copy that is JSON data only, or `{ error }` naming the field. Never throws,
   * whatever `value` is. The engine reads `value` itself first, because it reads with checks: a
   * cycle, a BigInt, a getter that throws or a value too deep or too large are refused there with
   * the field they are in, where copying first would throw. The copy is judged again (evaluate()),
   * so what is kept is what was judged, even from a value that reads differently the second time.
   */
  function readAnswers(value) {
    if (value === undefined || value === null) return { answers: emptyAnswers() };
    const r = api.evaluate(value);
    if (r.error) return r;
    try {
      return { answers: clone(value) };
    } catch {
      return { error: { path: null, sv: CHROME.sv.file.unreadableAnswers, en: CHROME.en.file.unreadableAnswers } };
    }
  }

  /**
   * Replaces the whole answers document, validated by the engine first (`read`: readAnswers(value)
   * already done); on error ONE message names the field and nothing changes. `scoped`: judged with
   * the schemes the page's role decides (applyScope()); `stay`: the page is drawn again where it is
   * (else the caller moves on).
   */
  function setAnswers(value, { read = readAnswers(value), scoped = false, stay = true } = {}) {
    if (read.error) options.onError?.(read.error); // else evaluate() tells of a refusal itself
    const err = read.error ?? evaluate(scoped ? applyScope(read.answers) : read.answers);
    if (err) {
      if (err.path) console.info('Rehabkollen: refused at', namedPath(err.path));
      // In both languages, each worded when shown (the question's text once its language is loaded).
      const text = { get sv() { return CHROME.sv.file.rejected(errorText(err, 'sv')); }, get en() { return CHROME.en.file.rejected(errorText(err, 'en')); } };
      navigate(here(), { push: false, focus: false, notice: { kind: 'error', text } });
      return false;
    }
    state.drafts = {};
    state.errors = {};
    endChanges();
    if (stay) navigate(here(), { push: false, focus: false });
    return true;
  }

  // ---- moving between views ------------------------------------------------------------------
  // Every place shown (a view, and the step on the question view) is an entry of state.trail. With
  // the option `history` it is an entry of the browser's history too, which holds only which run of
  // the questionnaire and which entry it is (never an answer, and the address stays as it is): Back
  // and Forward move along the trail with every answer kept. Without it (a partner's page that did
  // not opt in) the host's history is never touched, and "Tillbaka" moves along the trail alone.
  // Drawn again where it is (a notice, a file saved): a change under way stays under way.
  const here = () => (state.changing ? { view: state.view, step: state.step, change: state.changing } : { view: state.view, step: state.step });
  /** Another case (a file opened, answers set): a change under way ends, and the pages behind no
   * longer return to a row of the check page (their rows were the old case's). */
  function endChanges() {
    state.changing = null;
    state.adding = null;
    state.removed = null; // "Insats 2 är borttagen" was the case before's
    state.walk = null; // a "Svara" walk of the case before, too
    state.trail = state.trail.map(({ change, ...place }) => place);
  }
  const sessionHistory = options.history ? win?.history ?? null : null;
  const entryKey = `rehabkollen:${uid}`;
  const newRun = () => Math.random().toString(36).slice(2, 10);
  let run = newRun();

  /** The browser's history entry of trail entry `at`: what the page around keeps there, and ours. */
  function entry(at) {
    const { state: around } = sessionHistory;
    const kept = around && typeof around === 'object' && !Array.isArray(around) ? around : {};
    return { ...kept, [entryKey]: { run, at } };
  }

  /**
   * Goes to a place: a new entry after the current one (`push`; what was ahead is dropped, as the
   * browser drops it), or in the current one's stead. Shown as show() says.
   */
  function navigate(place, { push = true, focus = true, notice = null } = {}) {
    const pushing = push && state.at >= 0;
    if (pushing) state.trail.length = state.at + 1;
    state.at = pushing ? state.at + 1 : Math.max(state.at, 0);
    state.trail[state.at] = place;
    if (sessionHistory) sessionHistory[pushing ? 'pushState' : 'replaceState'](entry(state.at), '');
    show(place, { focus, notice });
  }

  /** The nearest entry of the trail from `from` in direction `dir` (-1, 1) that still has something to show. */
  function nearest(from, dir) {
    for (let i = from + dir; i >= 0 && i < state.trail.length; i += dir) if (revisit(state, state.trail[i])) return i;
    return null;
  }

  /** Entry `i` of the trail, shown as it is now (steps.js revisit()). */
  function arrive(i) {
    state.at = i;
    show(revisit(state, state.trail[i]));
  }

  const restartNotice = () => (state.undo ? { kind: 'info', text: both((c) => c.undone), undo: true } : null);

  /** Back and Forward, and "Tillbaka" (history.go()), in the browser's history. */
  function moved(e) {
    const ours = e.state?.[entryKey];
    if (!ours) return; // an entry of the page around the questionnaire
    if (ours.run !== run || !state.trail[ours.at]) {
      // An entry from before the page was loaded again, or of a case started over: the start page.
      state.trail = [{ view: 'start' }];
      state.at = 0;
      sessionHistory.replaceState(entry(0), '');
      return show({ view: 'start' }, { notice: restartNotice() });
    }
    const dir = ours.at < state.at ? -1 : 1;
    state.at = ours.at;
    if (revisit(state, state.trail[ours.at])) return arrive(ours.at);
    // Nothing on that page matters any more (or its measure is gone): on to the next one in the same direction.
    const to = nearest(ours.at, dir);
    if (to !== null) return sessionHistory.go(to - ours.at);
    let place = { view: 'start' };
    if (dir > 0) {
      const step = nextStep(state, questionIds());
      place = step ? { view: 'step', step } : { view: 'check' };
    }
    state.trail[ours.at] = place;
    show(place);
  }
  if (sessionHistory) win.addEventListener('popstate', moved);

  /**
   * Shows a place like a new page: its top in view and the focus on its heading (`focus`: true,
   * or where applyFocus() is told), a fresh error summary, the notice it comes with (`notice`) or none.
   */
  function show(place, { focus = true, notice = null } = {}) {
    dropUnanswered(place);
    // Back on the check page from a change begun there ("Fortsätt" or Back): at its row, as it was.
    const back = place.view === 'check' && state.view === 'step' ? state.changing : null;
    state.changing = place.view === 'step' ? place.change ?? null : null;
    if (place.view !== state.view) state.removed = null; // "Insats 2 är borttagen" stays while "Alla frågor" does
    state.view = place.view;
    state.step = place.view === 'step' ? place.step : null;
    if (place.view !== 'step') state.walk = null; // a walk through a card's questions ends wherever it leaves the questions
    state.notice = notice;
    state.summary = null;
    state.placed = {};
    placeShown();
    if (state.view === 'provider') openProvider();
    // On the check page and the result the live region says the result as it is at once: never the
    // result before the last answer, still waiting for typing to settle on the page before.
    if (state.view === 'check' || state.view === 'result') announceResult();
    // Where no result is shown (the start page, the provider tools), nor the last one: a screen
    // reader's reading could still come upon it. The wait for the engine is still said.
    else if ((state.view === 'start' || state.view === 'provider') && state.announced !== T().loading) state.announced = '';
    render({ focus: back ? { row: back } : focus === true ? 'view' : focus || null });
  }

  /**
   * A measure just added ("Lägg till en insats") whose page is left with nothing answered is taken
   * back: the answers are as before it was added (GOV.UK: nothing is saved before "Fortsätt"), so
   * no empty "Insats n" stays on the check page and the result is as it was. Its page stays in the
   * trail, shown as the next measure's (steps.js revisit()).
   */
  function dropUnanswered(place) {
    const added = state.adding;
    if (!added || (place.view === 'step' && place.step.key === state.step?.key)) return; // still on its page
    state.adding = null;
    const measures = state.answers.measures || [];
    if (state.step?.key !== measureStep(added.index).key || measures.length !== added.index + 1) return;
    // Something typed there that is not an answer yet is the user's too: the measure stays.
    if (hasAnswers({ measures: [measures[added.index]] }) || Object.keys(state.drafts).some((p) => measureIndex(p) === added.index)) return;
    evaluate(added.before);
  }

  /**
   * The provider tools (their code, the full module they run on and their stylesheet) load the
   * first time they are opened. Each file is checked against its hash (load.js); the stylesheet
   * too, and the tools run only once it applies: without it the personnummer would not be masked.
   * A file that fails its check stops the tools (state.provider 'unverified'), the questions go on.
   */
  function openProvider() {
    if (['loading', 'ready', 'unverified'].includes(state.provider)) return;
    state.provider = 'loading';
    const href = ctx.url('provider.css');
    const hash = engine.integrity?.['provider.css'];
    providerCss = el('link', { rel: 'stylesheet', href, ...(hash ? { integrity: hash, crossorigin: 'anonymous' } : {}) });
    const css = providerCss;
    const styled = new Promise((resolve, reject) => {
      css.addEventListener('load', resolve, { once: true });
      css.addEventListener('error', () => diagnose(href, 'provider.css', hash).then(reject), { once: true });
    });
    Promise.all([import('./provider.js'), api.provider(), styled]).then(([module, full]) => {
      tools = { module, css, engine: full, onInvoice: options.onInvoice };
      module.startInvoice(ctx, tools);
      state.provider = 'ready';
      const active = root.getRootNode().activeElement; // inside a shadow root too
      const focusHere = state.view === 'provider' && (!active || active === doc.body || providerHost.contains(active));
      render({ focus: focusHere ? 'heading' : null });
    }, (e) => {
      console.error('Rehabkollen:', e?.message);
      state.provider = e?.kind === 'integrity' ? 'unverified' : 'failed';
      providerCss = null;
      render();
    });
  }

  // ---- leaving with answers not saved --------------------------------------------------------
  // With the option `history` (the page of its own), leaving the page asks first while something
  // is answered that was not saved to (or opened from) a file; only then is the browser asked to.
  const savedForm = (answers) => JSON.stringify({ ...answers, scope: undefined });
  const askFirst = (e) => {
    e.preventDefault();
    e.returnValue = ''; // older browsers ask only when this is set
  };
  let asking = false;
  function guardLeaving() {
    const ask = !!sessionHistory && hasAnswers(state.answers) && savedForm(state.answers) !== state.saved;
    if (ask === asking) return;
    asking = ask;
    if (ask) win.addEventListener('beforeunload', askFirst);
    else win.removeEventListener('beforeunload', askFirst);
  }

  // ---- rendering -------------------------------------------------------------------------------
  let rendering = false;
  let again = null; // a render asked for while one is under way: { focus }, done when that one is
  /** The page from the state: header, the view (or the provider tools), the result line; the
   * document's title (option `title`) names the page. */
  function render({ focus = null } = {}) {
    // A render never starts inside another: the morph removing the control in focus fires its blur
    // handler, whose render would change the page under the morph. It runs once this one is done.
    if (rendering) {
      again = { focus: focus ?? again?.focus ?? null };
      return;
    }
    rendering = true;
    try {
      draw(focus);
    } catch (e) {
      again = null; // asked for inside the one that failed: not run later with its stale focus
      throw e;
    } finally {
      rendering = false;
    }
    if (again) {
      const next = again;
      again = null;
      render(next);
    }
  }
  function draw(focus) {
    // Only what changed is set: even the same value set again makes the browser restyle (lang: the whole subtree).
    // Each change made here says so first (dom.js changing()), as morph() does for its own.
    const set = (node, key, value) => {
      if (node[key] === value) return;
      changing(node, key);
      node[key] = value;
    };
    const toggle = (cls, on) => {
      if (root.classList.contains(cls) === on) return;
      changing(root, 'class');
      root.classList.toggle(cls, on);
    };
    set(root, 'lang', state.lang);
    const provider = state.view === 'provider';
    // While a provider document prints, everything else on the page is left out (provider.css).
    toggle('rk-printing-doc', !!state.invoice?.printing);
    toggle('rk-waiting', !!state.waiting);
    morphChildren(root, [...renderHeader(ctx, { tools: !hide.has('tools'), allowProvider }), viewArea, providerHost, bar, live, printArea]);
    set(viewArea, 'hidden', provider);
    set(providerHost, 'hidden', !provider);
    if (provider) morphChildren(providerHost, providerView());
    else morphChildren(viewArea, [state.view === 'start' ? null : ctx.noticeBanner(), VIEWS[state.view](ctx)]);
    // On "Alla frågor" too, where its result is below the questions (narrow: style.css hides it where beside).
    const barOn = ['step', 'check', 'all'].includes(state.view) && !!state.outcome;
    set(bar, 'hidden', !barOn);
    morphChildren(bar, barOn ? [renderBar(ctx)] : []); // only what changed: it updates as the user types
    set(live, 'textContent', state.announced);
    if (options.title) {
      const title = pageTitle(ctx);
      if (doc.title !== title) doc.title = title;
    }
    // Last, once the page is as drawn: the layout it reads is the one the page gets (the result line
    // below the questions moves no note), not one more before the rest changes.
    if (state.view === 'step') roomForNotes();
    if (focus) {
      changing(root); // the focus moved may scroll the page
      applyFocus(focus);
    }
  }

  /** A fold's note lies over the question it folds (style.css), so nothing below moves; one that
   * reaches past that question (a long question on a phone; in a fieldset the note starts below
   * its legend) makes room for itself instead of covering what is below it ("Fortsätt"). */
  function roomForNotes() {
    for (const note of viewArea.querySelectorAll('.rk-q[data-moot=""] > .rk-moot-note')) {
      const fold = note.parentElement;
      const over = note.getBoundingClientRect().bottom - fold.getBoundingClientRect().bottom;
      if (over <= 0.5) continue;
      const height = `${fold.offsetHeight + Math.ceil(over)}px`;
      changing(fold, 'style');
      fold.style.minHeight = height;
    }
  }

  /**
   * render(), with the control in focus where it was on screen. A question folded above it (its
   * answer made it stop mattering, views/step.js) shrinks to its note (style.css); the window's
   * scroll takes that up, and what the scroll cannot (at the top of the page, or in a frame that
   * does not scroll) stays as space in the fold, so nothing the user sees moves.
   */
  function renderInPlace() {
    if (rendering) return render(); // asked from inside a render: after it (render())
    const win = doc.defaultView;
    const active = root.getRootNode?.().activeElement;
    const anchor = active && root.contains(active) ? active : null;
    if (!anchor) return render();
    // Where the control was is read just before the render first changes something that could
    // move it (dom.js watchAbove()): a keystroke that changes only the result beside or below it
    // lays out the page once, not once more as it was before.
    let top = null;
    watchAbove(anchor, () => { top = anchor.getBoundingClientRect().top; });
    try {
      render();
    } finally {
      watchAbove(null);
    }
    if (top === null || !anchor.isConnected || !win) return;
    const shift = anchor.getBoundingClientRect().top - top;
    if (shift >= 0) return;
    const y = win.scrollY;
    win.scrollBy(0, shift);
    const left = shift - (win.scrollY - y);
    if (left >= 0) return;
    const folds = [...root.querySelectorAll('.rk-q[data-moot="above"]')].filter((q) => q.compareDocumentPosition(anchor) & 4 /* FOLLOWING */);
    const fold = folds[folds.length - 1];
    if (fold) fold.style.minHeight = `${fold.getBoundingClientRect().height - left}px`;
  }

  function providerView() {
    if (state.provider === 'ready') return [tools.css, tools.module.renderProvider(ctx, tools)];
    const failed = { failed: T().providerLoadError, unverified: T().providerIntegrityError }[state.provider];
    return [providerCss, el('p', { class: 'rk-loading', role: failed ? 'alert' : 'status', text: failed ?? T().loading })];
  }

  /**
   * Moves the focus after a render: 'view' (a new page: its top in view, the focus on the notice's
   * button or the heading), 'heading' (the heading, nothing scrolls), { id } (that element),
   * { field } (that question's control, the question at the top: a change on a page of several),
   * or { row } (back from a change: the check page scrolled as it was, the focus on the row's
   * "Ändra"; the page's top when the row is gone).
   */
  function applyFocus(focus) {
    const area = state.view === 'provider' ? providerHost : viewArea;
    if (focus.field) return focusField(root, controlId(ctx, focus.field));
    if (focus.row) {
      const button = root.querySelector(`#${CSS.escape(idFor(`change-${focus.row.path}`))}`);
      if (!button) return applyFocus('view');
      win?.scrollTo(0, focus.row.y);
      button.focus({ preventScroll: true });
      button.scrollIntoView({ block: 'nearest' }); // only if the row moved out of view
      return undefined;
    }
    if (focus === 'view') root.scrollIntoView?.({ block: 'start' });
    const target = typeof focus === 'object' ? root.querySelector(`#${CSS.escape(focus.id)}`) ?? (focus.or ? root.querySelector(`#${CSS.escape(focus.or)}`) : null)
      : (focus === 'view' && area.querySelector('.rk-notice button')) || area.querySelector('h1');
    target?.focus(typeof focus === 'object' ? {} : { preventScroll: true });
  }

  /** The live region's words set to the result line as it is now (none on the start page, in the
   * provider tools or before a judgement); true if they changed. */
  function announceResult() {
    clearTimeout(announceTimer);
    if (state.view === 'start' || state.view === 'provider' || !state.outcome) return false;
    const text = resultLine(ctx);
    if (text === state.announced) return false;
    state.announced = text;
    return true;
  }
  /** After a judgement the live region speaks once typing has settled (ANNOUNCE_AFTER_MS). */
  function scheduleAnnouncement() {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => { if (announceResult()) render(); }, ANNOUNCE_AFTER_MS);
  }

  /** The printed summary, also when the browser's own print command is used. */
  function fillPrint() {
    if (state.outcome && !state.invoice?.printing) morphChildren(printArea, [renderPrint(ctx)]);
  }
  doc.defaultView?.addEventListener('beforeprint', fillPrint);
  // A click anywhere outside the open menu closes it (Escape and focus leaving it: views/shell.js).
  // Inside the questionnaire the target is known; from the page around it (a closed shadow root
  // hides what is inside), only that the click was outside the questionnaire.
  const closeMenu = (target) => {
    const menu = root.querySelector('details.rk-menu');
    if (state.open.menu && (!target || !menu?.contains(target))) act.setOpen('menu', false);
  };
  root.addEventListener('pointerdown', (e) => {
    ctx.pointer.down = true;
    closeMenu(e.target);
  }, true);
  doc.addEventListener('pointerdown', (e) => {
    if (!e.composedPath().includes(root.getRootNode().host ?? root)) closeMenu(null);
  });
  doc.defaultView?.addEventListener('pointerup', () => doc.defaultView.setTimeout(() => { ctx.pointer.down = false; }), true);

  // ---- start ------------------------------------------------------------------------------
  /** The engine is there: the answers given so far judged. */
  function start() {
    ready = true;
    scopeSupported = !api.evaluate({ scope: api.catalogue(state.lang).schemes }).error;
    // The host's answers, read as answers it sets later are. Refused ones go to onError, and it
    // starts from the last good answers it has: the prefill (options.prefill), else none.
    const from = given;
    given = undefined;
    const started = from === undefined ? !evaluate(applyScope(state.answers)) : startFrom(from);
    if (!started && !(options.prefill && options.prefill !== from && startFrom(options.prefill))) evaluate(applyScope(emptyAnswers()));
    state.saved = savedForm(state.answers); // what a partner filled in is not the user's to lose
    guardLeaving();
  }
  /** Starts from `value` if the engine takes it; else tells onError why and returns false. */
  function startFrom(value) {
    const read = readAnswers(value);
    if (read.error) options.onError?.(read.error);
    return !read.error && !evaluate(applyScope(read.answers));
  }
  // On the first screen of index.html the user may have chosen before this script ran.
  if (shown) Object.assign(state, chosenOnPage(ctx), { open: { menu: !!root.querySelector('details.rk-menu')?.open } });
  if (ready) start();
  navigate({ view: state.view }, { push: false, focus: false });
  for (const button of options.pressed ?? []) if (root.contains(button)) button.click();
  options.ready?.then(() => {
    start();
    if (state.announced === T().loading) state.announced = '';
    state.waiting = false;
    render();
    for (const fn of waiting.splice(0)) fn(); // what waited for the engine, in the order asked
  }, () => {
    waiting.length = 0; // main.js says why the engine did not start; nothing runs unverified
  });

  return {
    // Before the engine is ready: the answers given, waiting to be read (one no copy can take, the
    // prefill it would start from then).
    get answers() {
      if (given === undefined) return clone(state.answers);
      try {
        return clone(given);
      } catch {
        return clone(options.prefill ?? state.answers);
      }
    },
    set answers(value) { whenReady(() => setAnswers(value)); },
    get outcome() { return state.outcome; },
    setLang: (lang) => act.setLang(lang),
    setRole(role) {
      act.setRole(role);
    },
    print: () => act.print(),
  };
}
