// Loading the engine, the one way every entry point does it (the page, the component, the frame).
// At once, in parallel: the page's module (pkg/rehabkollen_page*, no texts, no provider tools) and
// the text catalogue of the first language (pkg/texts-<lang>.json). On first use: the other
// language's catalogue, and the full module (pkg/rehabkollen*) the provider tools run on. With
// `integrity` (the component on a partner's page), every file is fetched with its hash (the
// component's bundle holds the modules loaded with import(), so its own hash covers them).
import initPage, * as page from './pkg/rehabkollen_page.js';
import { guard } from './guard.js';

const PAGE_WASM = 'pkg/rehabkollen_page_bg.wasm';
const FULL_WASM = 'pkg/rehabkollen_bg.wasm';
// Named in full, never built from parts: `make dist` renames each file and rewrites the names it finds.
const TEXTS = { sv: 'pkg/texts-sv.json', en: 'pkg/texts-en.json' };
const textsFile = (lang) => TEXTS[lang];

/** The engine for ui.js's mount(); `start(lang)` resolves once the questionnaire can be shown. */
export function engineLoader(integrity = null) {
  const get = (file) => fetch(new URL(`./${file}`, import.meta.url), integrity ? { integrity: integrity[file] } : {});
  const texts = {}; // language → catalogue, once loaded
  const loading = {};
  let pageReady = null;
  let fullReady = null;
  const engine = {
    evaluateLean: null,
    /** The hashes the component checks every file against (null on the page itself). */
    integrity,
    /** The catalogues loaded so far ({ sv, en }). */
    texts,
    loadTexts: (lang) => (loading[lang] ??= get(textsFile(lang)).then((r) => {
      if (!r.ok) throw new Error(`${textsFile(lang)}: ${r.status}`);
      return r.json();
    }).then((cat) => (texts[lang] = cat), (e) => {
      delete loading[lang];
      throw e;
    })),
    /** The full module behind the guard: the provider tools' engine. */
    full: () => (fullReady ??= import('./pkg/rehabkollen.js').then(async (full) => {
      await full.default({ module_or_path: get(FULL_WASM) });
      return guard(full);
    }).catch((e) => {
      fullReady = null;
      throw e;
    })),
  };
  return {
    engine,
    start: (lang) => Promise.all([
      pageReady ??= initPage({ module_or_path: get(PAGE_WASM) }).then(() => Object.assign(engine, guard(page))),
      engine.loadTexts(lang),
    ]),
  };
}
