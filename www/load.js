// Loading the engine, the one way every entry point does it (the page, the component, the frame).
// At once, in parallel: the page's module (pkg/rehabkollen_page*: the rules, ids out, no text) and
// the text catalogue of the first language (pkg/texts-<lang>.json). On first use: the other
// language's catalogue, and the provider tools' module (pkg/rehabkollen_provider*). With
// `integrity` (pkg/integrity.js: the stand-alone page, the iframe and the component alike), every
// file is fetched with its hash (the component's bundle holds the modules loaded with import(), so
// its own hash covers them). A file that fails its check is never used: what it was for stops,
// with a LoadError that says whether the file did not come or came but was not the right file.
import initPage, * as page from './pkg/rehabkollen_page.js';
import { guard } from './guard.js';

/**
 * A file Rehabkollen needs could not be used. `kind`: 'integrity' (it came, but its bytes are not
 * those its hash names: the file was changed) or 'load' (it did not come: the network, the
 * server, a policy). `file` names it for the console and the site's owner, not for the user.
 */
export class LoadError extends Error {
  constructor(file, kind) {
    super(`${file}: ${kind === 'integrity' ? 'failed its integrity check (the file is not the one this version names)' : 'could not be loaded'}`);
    Object.assign(this, { name: 'LoadError', file, kind });
  }
}

/**
 * Why `url` (expected to have the hash `hash`) could not be used. The browser reports a failed
 * integrity check and a failed request the same way, so the file is asked for once more, without
 * the hash and never used: if it comes, it was the check that failed.
 */
export async function diagnose(url, file, hash) {
  if (!hash) return new LoadError(file, 'load');
  try {
    const again = await fetch(url, { cache: 'no-store' });
    return new LoadError(file, again.ok ? 'integrity' : 'load');
  } catch {
    return new LoadError(file, 'load');
  }
}

const PAGE_WASM = 'pkg/rehabkollen_page_bg.wasm';
const PROVIDER_WASM = 'pkg/rehabkollen_provider_bg.wasm';
// Named in full, never built from parts: `make dist` renames each file and rewrites the names it finds.
const TEXTS = { sv: 'pkg/texts-sv.json', en: 'pkg/texts-en.json' };
const textsFile = (lang) => TEXTS[lang];

/** The engine for ui.js's mount(); `start(lang)` resolves once the questionnaire can be shown. */
export function engineLoader(integrity = null) {
  const get = async (file) => {
    const url = new URL(`./${file}`, import.meta.url);
    const hash = integrity?.[file];
    let r;
    try {
      r = await fetch(url, hash ? { integrity: hash } : {});
    } catch {
      throw await diagnose(url, file, hash);
    }
    if (!r.ok) throw new LoadError(file, 'load');
    return r;
  };
  const texts = {}; // language → catalogue, once loaded
  const loading = {};
  let pageReady = null;
  let providerReady = null;
  const engine = {
    evaluateLean: null,
    /** The hashes every file is checked against (pkg/integrity.js). */
    integrity,
    /** The catalogues loaded so far ({ sv, en }). */
    texts,
    loadTexts: (lang) => (loading[lang] ??= get(textsFile(lang)).then((r) => r.json()).then((cat) => (texts[lang] = cat), (e) => {
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
