// Loading the engine, the one way every entry point does it (the page, the component, the frame).
// At once, in parallel: the page's module (pkg/rehabkollen_page*: the rules, ids out, no text) and
// the text catalogue of the first language (pkg/texts-<lang>.json). On first use: the other
// language's catalogue, and the provider tools' module (pkg/rehabkollen_provider*). With
// `integrity` (the component on a partner's page), every file is fetched with its hash (the
// component's bundle holds the modules loaded with import(), so its own hash covers them).
import initPage, * as page from './pkg/rehabkollen_page.js';
import { guard } from './guard.js';

const PAGE_WASM = 'pkg/rehabkollen_page_bg.wasm';
const PROVIDER_WASM = 'pkg/rehabkollen_provider_bg.wasm';
// Named in full, never built from parts: `make dist` renames each file and rewrites the names it finds.
const TEXTS = { sv: 'pkg/texts-sv.json', en: 'pkg/texts-en.json' };
const textsFile = (lang) => TEXTS[lang];

/** The engine for ui.js's mount(); `start(lang)` resolves once the questionnaire can be shown. */
export function engineLoader(integrity = null) {
  const get = (file) => fetch(new URL(`./${file}`, import.meta.url), integrity ? { integrity: integrity[file] } : {});
  const texts = {}; // language → catalogue, once loaded
  const loading = {};
  let pageReady = null;
  let providerReady = null;
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
    /** The provider tools' module behind the guard: the invoice checker. */
    provider: () => (providerReady ??= import('./pkg/rehabkollen_provider.js').then(async (provider) => {
      await provider.default({ module_or_path: get(PROVIDER_WASM) });
      return guard(provider);
    }).catch((e) => {
      providerReady = null;
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
