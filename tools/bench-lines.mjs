// Benchmark (not a test): the CLI on JSON lines, whole process (start, read, parse, judge on every
// core, write). `rehabkollen decide` on 1 000 000 generated answers documents and
// `rehabkollen evaluate --lines` on 100 000, each run several times from a file to a file: documents
// per second (median, min–max over the runs), the CPU the process got (CPU seconds ÷ wall seconds)
// and the peak resident memory (tools/bench/process.mjs says how each is read).
// The documents are examples/bench.rs's realistic case: employer, person, provider and five
// measures, about 1 KB each.
// Usage: node tools/bench-lines.mjs [--runs N] [--json] [--quick]   (after `make build`; --quick:
// 100 000 and 10 000 documents, one run, for trying it)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from './bench/process.mjs';
import { spread } from './bench/spread.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const quick = process.argv.includes('--quick');
const runs = arg('--runs', quick ? 1 : 3);
const [BIG, SMALL] = quick ? [100_000, 10_000] : [1_000_000, 100_000];
const cli = path.resolve(import.meta.dirname, '../target/release/rehabkollen');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-bench-lines-'));

const sectors = ['private', 'municipality', 'region', 'cooperative'];
const kinds = ['support_talks', 'investigate_work_needs', 'adapt_workplace', 'kbt', 'stress_management_course', 'return_to_work_plan', 'lecture'];

/** Document `i`, as examples/bench.rs writes its case `i`. */
function doc(i) {
  const measures = [0, 1, 2, 3, 4].map((m) => ({
    kind: kinds[(i + m) % kinds.length], cost_ore: 100_000 + 37_000 * ((i * 7 + m) % 11),
    date: `2026-0${1 + (m % 2)}-1${m}`, individual: true, other_payer_ore: 0, evidence_based: true,
  }));
  return JSON.stringify({
    date: '2026-03-01',
    employer: { sector: sectors[i % 4], ags_insurance: true, fk_ars_granted_this_year_ore: (i % 3) * 100_000 },
    person: { employment: 'employed', category: i % 5 === 0 ? 'tjansteman' : 'arbetare', work_capacity: 'at_risk',
      rehab_need_documented: true, work_capacity_prospect: i % 7 !== 0, return_to_work_plan: true, has_sgi: true },
    provider: { fk_approved: true, performer: 'licensed_psychologist', competence: ['behavioural_science'], knows_workplace: i % 9 !== 0 },
    measures,
  });
}

function file(n) {
  const f = path.join(dir, `docs-${n}.jsonl`);
  const fd = fs.openSync(f, 'w');
  let chunk = '';
  for (let i = 0; i < n; i++) {
    chunk += doc(i) + '\n';
    if (chunk.length > 1 << 20) { fs.writeSync(fd, chunk); chunk = ''; }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return f;
}

/** One run, output to a file: wall and CPU seconds and the peak resident memory in KiB. */
async function run(args, out) {
  const fd = fs.openSync(out, 'w');
  try {
    return await runProcess(cli, args, fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The output has one line per document and no error line (read in pieces: it can be larger than a string may be). */
function check(out, n) {
  const fd = fs.openSync(out, 'r');
  const buf = Buffer.alloc(1 << 20);
  const error = Buffer.from('{"error":');
  let lines = 0;
  let errors = 0;
  let carry = Buffer.alloc(0);
  for (let got; (got = fs.readSync(fd, buf)) > 0;) {
    const piece = buf.subarray(0, got);
    for (let i = piece.indexOf(10); i >= 0; i = piece.indexOf(10, i + 1)) lines++;
    // An error line's start may be cut in two by a read: the bytes before it go first.
    const text = Buffer.concat([carry, piece]);
    for (let i = text.indexOf(error); i >= 0; i = text.indexOf(error, i + 1)) errors++;
    carry = Buffer.from(text.subarray(Math.max(0, text.length - error.length + 1)));
  }
  fs.closeSync(fd);
  if (lines !== n || errors > 0) throw new Error(`${out}: ${lines} lines, ${errors} refused, expected ${n} judged`);
}

async function measure(args, input, n) {
  const out = path.join(dir, 'out.jsonl');
  const rates = [];
  const peaks = [];
  const coresUsed = [];
  for (let r = 0; r < runs; r++) {
    const { seconds, cpuSeconds, peakKib } = await run([...args, input], out);
    check(out, n);
    rates.push(n / seconds);
    peaks.push(peakKib);
    coresUsed.push(cpuSeconds / seconds);
  }
  return { documents: n, ...spread(rates), peak_min_kib: Math.min(...peaks), peak_max_kib: Math.max(...peaks), cores_used: spread(coresUsed), bytes: fs.statSync(input).size };
}

const big = file(BIG);
const decide = await measure(['decide'], big, BIG);
fs.rmSync(big);
const small = file(SMALL);
const evaluate = await measure(['evaluate', '--lines'], small, SMALL);
fs.rmSync(dir, { recursive: true });

const result = { runs, threads: os.availableParallelism(), decide_1m: decide, evaluate_lines_100k: evaluate };
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  const int = (x) => Math.round(x).toLocaleString('en');
  const mib = (k) => (k / 1024).toFixed(1);
  const row = (what, r) => console.log(`| ${what} (${int(r.bytes / 2 ** 20)} MiB, median and min–max of ${runs} runs, ${result.threads} cores) | ${int(r.median)} (${int(r.min)}–${int(r.max)}) documents/s | peak ${mib(r.peak_min_kib)}–${mib(r.peak_max_kib)} MiB |`);
  row(`\`rehabkollen decide\`, whole process, ${int(BIG)} five-measure documents`, decide);
  row(`\`rehabkollen evaluate --lines\`, whole process, ${int(SMALL)} five-measure documents`, evaluate);
}
