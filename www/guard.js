// The engine's exports, guarded. The rules never panic on input the validator accepts, and the
// tests and the fuzzing hold them to it; should a call ever trap all the same, the module is
// re-instantiated at once (wasm-bindgen's reset), so every other widget on the page keeps
// working, and the caller gets an Error whose `path` names the argument, like any refusal.
const ARGUMENT = {
  evaluate: 'answers', evaluateLean: 'answers', evaluateText: 'answers', decide: 'answers', decideText: 'answers', questions: 'lang', rules: 'lang', version: '',
  checkInvoice: 'invoice', checkInvoiceCsv: 'csv', readInvoiceCsv: 'csv', invoiceCsv: 'invoice',
  checkPersonnummer: 'personnummer', personnummerForPrint: 'personnummer',
};

/** The exports of `wasm` (a module from pkg/, initialised) behind the guard. */
export function guard(wasm) {
  const call = (path, fn) => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      wasm.__wbg_reset_state();
      // Like every refusal: the path in `path` and in the message, not in the words shown (sv, en).
      const en = 'Rehabkollen could not handle this and has restarted; nothing else was lost';
      const err = new Error(`${path}: ${en}`);
      Object.assign(err, { path, en, sv: 'Rehabkollen kunde inte hantera detta och har startats om; inget annat gick förlorat' });
      throw err;
    }
  };
  const guarded = {};
  for (const [name, arg] of Object.entries(ARGUMENT)) {
    if (typeof wasm[name] === 'function') guarded[name] = (...args) => call(arg || name, () => wasm[name](...args));
  }
  // The provider module's CSV file read in parts (InvoiceCsvReader), each call behind the guard.
  if (typeof wasm.InvoiceCsvReader === 'function') {
    guarded.csvReader = (file) => {
      const reader = call('csv', () => new wasm.InvoiceCsvReader(file));
      return {
        next: (rows) => call('csv', () => reader.next(rows)),
        get done() { return reader.done; },
        get position() { return reader.position; },
        get length() { return reader.length; },
        free: () => reader.free(),
      };
    };
  }
  return guarded;
}
