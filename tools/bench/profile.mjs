// What a Node benchmark spends its time in, from V8's sampling CPU profiler (node:inspector, in
// this process): the share of samples in each function (self time), and grouped by where the code
// is (the engine's WebAssembly, its JavaScript glue, the API's JavaScript, the garbage collector,
// V8's builtins). It is how `make bench` says what limits a missed goal, from a measurement.
import { Session } from 'node:inspector/promises';

const where = (url, name) => {
  if (name === '(garbage collector)') return 'garbage collector';
  if (name === '(program)' || name === '(idle)' || name === '(root)') return 'V8 outside JavaScript';
  if (url.startsWith('wasm://')) return 'WebAssembly (the rules engine)';
  if (/rehabkollen_page\.js$/.test(url)) return 'wasm-bindgen glue (rehabkollen_page.js: JS ⇄ wasm values)';
  if (/\/pkg\/|\/www\//.test(url)) return "the API's JavaScript (rehabkollen.js, join.js)";
  if (url === '') return 'V8 builtins (JSON, objects)';
  return 'other JavaScript (the benchmark, libraries)';
};

/** Runs `work` (synchronous) under the profiler for at least `seconds` of its calls; returns the
 * top `n` functions and the groups, each with its share of the samples. */
export async function profile(work, { seconds = 1, n = 6 } = {}) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - t0) / 1e9 < seconds) work();
  const { profile: p } = await session.post('Profiler.stop');
  session.disconnect();
  const total = p.nodes.reduce((s, x) => s + (x.hitCount ?? 0), 0);
  const fns = new Map();
  const groups = new Map();
  for (const x of p.nodes) {
    const { functionName, url } = x.callFrame;
    const name = functionName || '(anonymous)';
    const file = url.split('/').pop();
    const key = `${name}${file ? ` (${file.startsWith('wasm-') || url.startsWith('wasm://') ? 'wasm' : file})` : ''}`;
    fns.set(key, (fns.get(key) ?? 0) + (x.hitCount ?? 0));
    const g = where(url, functionName);
    groups.set(g, (groups.get(g) ?? 0) + (x.hitCount ?? 0));
  }
  const share = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([name, hits]) => ({ name, share: hits / total }));
  return { samples: total, top: share(fns).slice(0, n), groups: share(groups).filter((g) => g.share >= 0.005) };
}

/** "62% WebAssembly …, 20% …" */
export const describe = (items) => items.map((x) => `${(x.share * 100).toFixed(0)}% ${x.name}`).join('; ');
