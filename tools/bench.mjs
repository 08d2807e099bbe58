// `make bench`: every figure in one table, printed and written to BENCHMARKS.md with the method,
// the machine and its load average. Benchmarks report; no test asserts a timing. Run after
// `make build`. Every figure is measured by this run: the median of its runs or samples, with the
// smallest and largest beside it. Nothing printed here is typed in.
//   node tools/bench.mjs [--note "what else ran on the machine"]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { rows as firstScreenRows, withSpread, SLOW_4G } from './bench/first-screen.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const note = args.includes('--note') ? args[args.indexOf('--note') + 1] : '';
const loadavg = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');
const loadStart = loadavg();
const run = (cmd, argv) => execFileSync(cmd, argv, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }).trim().split('\n').pop();
const spread = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
};

// examples/bench.rs times its own loops; it is run NATIVE_RUNS times and each figure is the median of those runs.
const NATIVE_RUNS = 3;
const nativeRuns = [];
for (let i = 0; i < NATIVE_RUNS; i++) {
  console.error(`native ${i + 1}/${NATIVE_RUNS} …`);
  nativeRuns.push(JSON.parse(run('cargo', ['run', '--release', '--locked', '--quiet', '--example', 'bench'])));
}
const native = Object.fromEntries(Object.keys(nativeRuns[0]).map((k) => [k, spread(nativeRuns.map((r) => r[k]))]));
console.error('CLI …');
const cli = JSON.parse(run('node', ['tools/bench-invoice.mjs', '--json']));
console.error('peers (agreement first) …');
const peers = JSON.parse(run('node', ['tools/bench/peers.mjs']));
console.error('browser …');
const b = JSON.parse(run('node', ['tools/bench/browser.mjs']));
console.error('first screen …');
const first = JSON.parse(run('node', ['tools/bench/first-screen.mjs']));
const loadEnd = loadavg();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const int = (x) => Math.round(x).toLocaleString('en');
const mark = (ok) => (ok ? 'met' : '**missed**');
// "median (min–max, n runs)"
const ms = (f) => `${f.median.toFixed(2)} ms (${f.min.toFixed(2)}–${f.max.toFixed(2)}, ${f.runs})`;
const us = (f) => `${f.median.toFixed(1)} µs (${f.min.toFixed(1)}–${f.max.toFixed(1)}, ${f.runs})`;
const rate = (f) => `${int(f.median)} (${int(f.min)}–${int(f.max)}, ${f.runs})`;
const times = (f) => `${f.median.toFixed(2)}× (${f.min.toFixed(2)}–${f.max.toFixed(2)}, ${f.runs})`;
// The wasm the start page loads is held to the goal; any other (loaded on first use) is listed.
const startWasm = b.wasm.filter((w) => w.start);
const laterWasm = b.wasm.filter((w) => !w.start);
const wasmSize = (w) => `${w.file}: ${kb(w.bytes)} / ${kb(w.gz)}`;
const ours = peers.engines[0];
const fastest = peers.engines.find((e) => e.name === peers.fastest_peer);
const rows = [
  [`wasm the start page loads, raw / gzipped`, startWasm.map(wasmSize).join('; ') || 'none', '≤ 70 KB gzipped', mark(startWasm.reduce((sum, w) => sum + w.gz, 0) <= 70 * 1024)],
  ...(laterWasm.length ? [['wasm loaded on first use, raw / gzipped', laterWasm.map(wasmSize).join('; '), '', '']] : []),
  [`start page, the ${b.start_page_files} files a cold load requests, gzipped`, kb(b.start_page_gz), '≤ 100 KB', mark(b.start_page_gz <= 100 * 1024)],
  ...firstScreenRows(first),
  ['evaluate() in the browser as the page calls it, realistic five-measure case, per call', ms(b.evaluate_ms), '≤ 1 ms', mark(b.evaluate_ms.median <= 1)],
  ['evaluate() in the browser, 100 varied measures, per call', ms(b.evaluate_100_ms), '≤ 2 ms', mark(b.evaluate_100_ms.median <= 2)],
  ['evaluate() in the browser, 500 varied measures, per call', ms(b.evaluate_500_ms), '≤ 10 ms', mark(b.evaluate_500_ms.median <= 10)],
  ['evaluate() in the browser, CPU slowed 4×, realistic case, per call', ms(b.evaluate_slow_cpu_ms), '≤ 1 ms', mark(b.evaluate_slow_cpu_ms.median <= 1)],
  ['keystroke → results re-rendered, CPU slowed 4×, per keystroke', ms(b.keystroke_ms), '≤ 16 ms', mark(b.keystroke_ms.median <= 16)],
  ['native evaluations per second, one core, realistic five-measure case (full outcome)', rate(native.evaluations_per_second), '≥ 30,000', mark(native.evaluations_per_second.median >= 30000)],
  ['native evaluations per second, one core, one-measure case (full outcome)', rate(native.one_measure_evaluations_per_second), '≥ 50,000', mark(native.one_measure_evaluations_per_second.median >= 50000)],
  ['native decide() per second, one core, five measures (verdicts, statuses, amounts)', rate(native.decisions_per_second), '≥ 1,000,000', mark(native.decisions_per_second.median >= 1e6)],
  ['native evaluate, 100 measures, per call', ms(native.ms_100_measures), '', ''],
  ['native evaluate, 500 measures, per call', ms(native.ms_500_measures), '≤ 3 ms', mark(native.ms_500_measures.median <= 3)],
  ['invoice lines checked per second, in-process (CSV)', rate(native.invoice_lines_per_second), '≥ 1,000,000', mark(native.invoice_lines_per_second.median >= 1e6)],
  ['invoice lines per second, CLI whole process (100,000-line CSV)', `${rate(cli.lines_per_second_100k)}, peak ${(cli.peak_kib_100k / 1024).toFixed(1)} MiB`, '≥ 1,000,000', mark(cli.lines_per_second_100k.median >= 1e6)],
  [`invoice lines per second, CLI whole process (1,000,000-line CSV of ${int(cli.file_bytes_1m / 2 ** 20)} MiB, streamed)`, `${rate(cli.lines_per_second_1m)}, peak ${(cli.peak_kib_1m / 1024).toFixed(1)} MiB`, '≥ 1,000,000; memory bounded', mark(cli.lines_per_second_1m.median >= 1e6 && cli.peak_kib_1m < 64 * 1024)],
  [`decide() against the fastest peer (${peers.fastest_peer}), same decisions, Node: peer time ÷ ours per round`, times(peers.ratio_vs_fastest), '≥ 1× (faster)', mark(peers.ratio_vs_fastest.median >= 1)],
];
const bytesOf = (e) => (e === ours ? peers.ours_bytes : peers.peer_bytes[e.name]);
const peerRows = peers.engines.map((e) => [e.name, us(e.us_per_case), kb(bytesOf(e))]);
const table = ['| what | median (min–max, runs) | goal | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const peerTable = ['| engine | CPU time per case, median (min–max, rounds) | bundle, gzipped |', '|---|---|---|', ...peerRows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const ratio = peers.ratio_vs_fastest.median;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const load = `Load average (1 / 5 / 15 min) at the start: ${loadStart}; at the end: ${loadEnd}; on ${os.cpus().length} cores.${note ? ` ${note}` : ''}`;
const md = `# Benchmarks

Written by \`make bench\` (after \`make build\`) on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; every figure below was printed by that run. Benchmarks report; no test asserts a timing. Each figure is the median of its runs (or samples) with the smallest and largest and how many; on a shared machine they move by tens of percent between runs, so rerun before comparing.

Machine: ${os.cpus().length} cores of ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; Debian Chromium, headless.
${load}

${table}

## Side by side with the engines a partner would pick instead

${peers.cases} generated cases (sector, AGS insurance, category, medarbetaravtal, measure kind, cost, what was
already granted). For each, the decisions \`decide()\` gives for the measure: AFA's status of it,
FK's status of it and FK's amount with the 10 000 kr and 200 000 kr caps. **Every engine's decisions
equal \`decide()\`'s on all ${peers.cases} cases** (\`tools/bench/peers.mjs\` stops with the first
disagreement otherwise). Then ${peers.clock} per case in Node, the engines taking turns over ${peers.rounds} rounds:

${peerTable}

Against the fastest peer, ${peers.fastest_peer}, \`decide()\` is **${ratio >= 1 ? `${ratio.toFixed(2)}× as fast` : `${(1 / ratio).toFixed(1)}× slower`}** (median of the rounds' ratios ${times(peers.ratio_vs_fastest)}).
Bundle sizes: the peers bundled with esbuild (minified); ours is the page's wasm, its glue and both text catalogues.

## Method

- **Clocks**: CPU time where a process's own work is measured on a shared machine (the peers:
  \`process.cpuUsage\`); in the browser \`performance.now()\` around a batch of calls (Chromium
  coarsens it to 0.1 ms without cross-origin isolation, so a sample is many calls timed together,
  per call its share); wall time where a user waits for it (a page load, a whole CLI process), and
  natively \`examples/bench.rs\`'s own timed loops. Every figure: the median of its runs or samples,
  with the smallest and largest.
- **Bytes**: every file a cold load of the start page requests in Chromium (recorded until the
  first result is shown and the network is idle), each gzipped at level 9; files loaded only on
  first use are not among them. Each wasm module in \`www/pkg\` is listed; the goal applies to the
  one the start page loads.
- **First screen** (\`tools/bench/first-screen.mjs\`, also alone: \`node tools/bench/first-screen.mjs --rows\`):
  cold loads of the start page, each in a fresh browser context, served by \`tools/serve.mjs\` as
  \`make build\` leaves \`www/\` (brotli where the browser accepts it), after one load not counted
  that starts the browser. *First question painted*: the browser's Element Timing for the role
  question's legend; *engine ready*: the page's \`rk:first-result\` mark. On 127.0.0.1, and with
  Chrome DevTools' "Slow 4G" preset set through CDP (\`Network.emulateNetworkConditions\`:
  ${SLOW_4G.latency} ms latency, ${int(SLOW_4G.downloadThroughput)} bytes/s down), the CPU not slowed.
  On loopback each run also loads index.html alone and a page of one paragraph, taking turns with the page.
- **evaluate() in the browser** (\`tools/bench/browser.mjs\`): what the page calls on each change
  (\`www/engine.js\`), after a warm-up past V8's tier-up: the realistic case in batches of 50 calls,
  100 varied measures (kinds, costs, dates and other payers differ) in batches of 3, 500 varied
  measures one call per sample; then the realistic case with the CPU slowed 4× through CDP
  (\`Emulation.setCPUThrottlingRate\`), as on a phone.
- **Keystroke**: "Alla frågor på en sida" with one measure, still at 4× CPU slowdown: input events
  on its cost field, each to the end of style and layout, 10 per sample.
- **Native**: \`examples/bench.rs\` run ${NATIVE_RUNS} times: generated realistic cases (five measures, and
  the same with one), \`decide\` on the same cases, one document of 100 and of 500 measures;
  invoice lines: \`check_csv\` on a 100 000-line CSV, in-process.
- **CLI**: \`tools/bench-invoice.mjs\`, five whole-process runs on a 100 000-line file and three on
  a 1 000 000-line file; peak memory is the process's \`VmHWM\`, read from \`/proc\` while it runs.
- **Peers** (\`tools/bench/peers.mjs\`): each engine gets the same cases, its input built before
  timing; warmed up over 20 passes of every case, then the engines take turns in a rotating order,
  each turn about 0.4 s of CPU; json-rules-engine's \`run()\` returns a promise and is awaited,
  the synchronous engines are not.

What limits each missed goal is not measured by this command; it is not stated here.
`;
fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), md);
console.log(load);
console.log();
console.log(table);
console.log();
console.log(peerTable);
