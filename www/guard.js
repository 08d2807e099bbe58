// The engine's exports, guarded. The rules never panic on input the validator accepts, and the
// tests and the fuzzing hold them to it; should a call ever trap all the same, the module is
// re-instantiated at once (wasm-bindgen's reset), so every other widget on the page keeps
// working, and the caller gets an Error whose `path` names the argument, like any refusal.
const ARGUMENT = {
  evaluate: 'answers', evaluateLean: 'answers', decide: 'answers', questions: 'lang', rules: 'lang', version: '',
  checkInvoice: 'invoice', checkInvoiceCsv: 'csv', readInvoiceCsv: 'csv', invoiceCsv: 'invoice',
  checkPersonnummer: 'personnummer', personnummerForPrint: 'personnummer',
};

/** The exports of `wasm` (a module from pkg/, initialised) behind the guard. */
export function guard(wasm) {
  const guarded = {};
  for (const [name, arg] of Object.entries(ARGUMENT)) {
    if (typeof wasm[name] !== 'function') continue;
    guarded[name] = (...args) => {
      try {
        return wasm[name](...args);
      } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError)) throw e;
        wasm.__wbg_reset_state();
        const path = arg || name;
        const err = new Error(`${path}: Rehabkollen could not handle this and has restarted; nothing else was lost`);
        Object.assign(err, { path, en: err.message, sv: `${path}: Rehabkollen kunde inte hantera detta och har startats om; inget annat gick förlorat` });
        throw err;
      }
    };
  }
  return guarded;
}
