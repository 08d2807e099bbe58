// Rehabkollen's public JavaScript API (docs/API.md §3), built to pkg/rehabkollen.js by `make wasm`:
// the page's WebAssembly module (ids) joined with the text catalogues (www/join.js), the rule
// registry of each language, and the provider tools' module. One module for the rules, not a
// second build of them.
//
// Import init and the functions from this module (pkg/rehabkollen.js), then `await init()`; or
// init({ page, provider, texts: { sv, en }, rules: { sv, en } }) with the files already loaded.
import initPage, * as page from './rehabkollen_page.js';
import initProvider, * as provider from './rehabkollen_provider.js';
import { lean, withTexts } from './join.js';

// Named in full, never built from parts: `make dist` renames each file and rewrites the names it finds.
const FILES = {
  page: 'rehabkollen_page_bg.wasm',
  provider: 'rehabkollen_provider_bg.wasm',
  texts: { sv: 'texts-sv.json', en: 'texts-en.json' },
  rules: { sv: 'rules-sv.json', en: 'rules-en.json' },
};
const LANGS = ['sv', 'en'];
const texts = {};
const registry = {};
let ready = null;

const url = (file) => new URL(file, import.meta.url);
async function json(file) {
  const r = await fetch(url(file));
  if (!r.ok) throw new Error(`${file}: ${r.status}`);
  return r.json();
}

/** Loads the modules and catalogues; resolves once every function below can be called. */
export default function init(given = {}) {
  ready ??= Promise.all([
    initPage({ module_or_path: given.page ?? url(FILES.page) }),
    initProvider({ module_or_path: given.provider ?? url(FILES.provider) }),
    ...LANGS.map(async (l) => { texts[l] = given.texts?.[l] ?? await json(FILES.texts[l]); }),
    ...LANGS.map(async (l) => { registry[l] = given.rules?.[l] ?? await json(FILES.rules[l]); }),
  ]).then(() => undefined, (e) => {
    ready = null;
    throw e;
  });
  return ready;
}

/** Array.isArray, false for a value that throws when asked (a revoked proxy): never an error without a path. */
function isList(v) {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/** What a value is, in a few words, without echoing it (as the modules say it). */
function kind(v) {
  if (v === undefined) return ['undefined', 'undefined'];
  if (v === null) return ['null', 'null'];
  if (typeof v === 'string') return ['a text', 'en text'];
  if (typeof v === 'number') return ['a number', 'ett tal'];
  if (typeof v === 'boolean') return ['true or false', 'true eller false'];
  if (isList(v)) return ['a list', 'en lista'];
  if (typeof v === 'function') return ['a function', 'en funktion'];
  if (typeof v === 'symbol') return ['a symbol', 'en symbol'];
  if (typeof v === 'bigint') return ['a BigInt', 'en BigInt'];
  return ['an object', 'ett objekt'];
}

function refuse(Type, path, en, sv) {
  const err = new Type(`${path}: ${en}`);
  return Object.assign(err, { path, sv, en });
}

/** The `lang` argument: "sv" or "en", or an error naming it. */
function lang(l) {
  if (typeof l !== 'string') {
    const [en, sv] = kind(l);
    throw refuse(TypeError, 'lang', `must be a text, not ${en}`, `ska vara en text, inte ${sv}`);
  }
  if (!LANGS.includes(l)) throw refuse(Error, 'lang', 'must be "sv" or "en"', 'ska vara "sv" eller "en"');
  return l;
}

/** Judges the answers (docs/API.md §1): the outcome (§2), texts in both languages. Throws an Error with path, sv and en for malformed input. */
export function evaluate(answers) {
  return withTexts(JSON.parse(lean(page, answers)), texts);
}

/** Verdicts, statuses and amounts alone for the schemes in scope. */
export function decide(answers) {
  return JSON.parse(lean(page, answers, true));
}

/** The question catalogue in "sv" or "en". */
export function questions(l) {
  const t = texts[lang(l)];
  return { lang: t.lang, questions: t.questions, groups: t.groups };
}

/** Every rule of every scheme with its text in "sv" or "en" and its sources as links. */
export function rules(l) {
  return registry[lang(l)];
}

/** The rules and crate versions. */
export function version() {
  return JSON.parse(page.version());
}

/** Checks an invoice basis (docs/API.md §6). */
export const checkInvoice = (invoice) => provider.checkInvoice(invoice);
/** Checks invoice lines from a CSV file (text or bytes), with `head` holding scheme, employees and reference. */
export const checkInvoiceCsv = (csv, head) => provider.checkInvoiceCsv(csv, head);
/** Reads invoice lines from a CSV file for a form (at most 1 000 lines). */
export const readInvoiceCsv = (csv) => provider.readInvoiceCsv(csv);
/** The invoice's lines as a CSV file that readInvoiceCsv reads back unchanged. */
export const invoiceCsv = (invoice) => provider.invoiceCsv(invoice);
/** One personnummer checked alone; never the number itself. */
export const checkPersonnummer = (s) => provider.checkPersonnummer(s);
/** The full number in the standard form, for printed documents only. */
export const personnummerForPrint = (s) => provider.personnummerForPrint(s);
