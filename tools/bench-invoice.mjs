// Benchmark (not a test): the CLI checks generated CSV files of invoice lines, whole process
// (start, read, parse, check, print). Reports lines per second, the median of 5 runs of a
// 100 000-line file and of 3 runs of a 1 000 000-line file with the slowest and fastest run, and
// the peak memory of the process (VmHWM: tools/bench/process.mjs). Wall time, as a user waits
// for it: a whole process (start, reading the file) is what is measured, and its spread is printed
// beside it.
// Usage: node tools/bench-invoice.mjs [--json] [--quick]   (after `make build`; --quick: 3 runs of a
// 10 000-line file and one of a 100 000-line file, for trying it)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from './bench/process.mjs';
import { spread } from './bench/spread.mjs';

const quick = process.argv.includes('--quick');
const [SMALL, SMALL_RUNS, BIG, BIG_RUNS] = quick ? [10_000, 3, 100_000, 1] : [100_000, 5, 1_000_000, 3];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-bench-'));
const head = path.join(dir, 'employee.json');
fs.writeFileSync(head, JSON.stringify({ employer: { name: 'Verkstaden AB', org_number: '556677-8899' }, provider: { name: 'Friskvård AB', org_number: '559900-1129' },
  employees: [{ name: 'Anna Andersson', personnummer: '811218-9876' }] }));
const cli = path.resolve(import.meta.dirname, '../target/release/rehabkollen');
const kinds = ['support_talks', 'investigate_work_needs', 'adapt_workplace', 'return_to_work_plan'];

function csvFile(n) {
  const file = path.join(dir, `lines-${n}.csv`);
  const fd = fs.openSync(file, 'w');
  let chunk = 'datum;insats;typ;utförare;kompetens;kontrakterad;kostnad\n';
  for (let i = 0; i < n; i++) {
    chunk += `2026-02-${String(1 + (i % 28)).padStart(2, '0')};Stödsamtal ${i};${kinds[i % 4]};Eva Ek;behavioural_science;ja;${1000 + (i % 9000)},50\n`;
    if (chunk.length > 1 << 20) { fs.writeSync(fd, chunk); chunk = ''; }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return file;
}

/** One run: seconds, CPU seconds, the report, and the peak resident memory in KiB. */
async function run(file) {
  const r = await runProcess(cli, ['check-invoice', '--csv', file, '--scheme', 'fk_arbetsplatsinriktat', '--employee-file', head]);
  return { ...r, report: JSON.parse(r.stdout.toString('utf8')) };
}

async function runs(file, lines, n) {
  const perSecond = [];
  const coresUsed = [];
  let peak = 0;
  for (let i = 0; i < n; i++) {
    const r = await run(file);
    if (!r.report.ok || r.report.lines !== lines) throw new Error(`unexpected report: ok=${r.report.ok} lines=${r.report.lines}`);
    perSecond.push(lines / r.seconds);
    coresUsed.push(r.cpuSeconds / r.seconds);
    peak = Math.max(peak, r.peakKib);
  }
  return { perSecond: spread(perSecond), coresUsed: spread(coresUsed), peak };
}
const small = await runs(csvFile(SMALL), SMALL, SMALL_RUNS);
const big = csvFile(BIG);
const bigSize = fs.statSync(big).size;
const large = await runs(big, BIG, BIG_RUNS);
fs.rmSync(dir, { recursive: true });

const result = {
  lines_small: SMALL, lines_big: BIG,
  lines_per_second_100k: small.perSecond, peak_kib_100k: small.peak, cores_used_100k: small.coresUsed,
  lines_per_second_1m: large.perSecond, peak_kib_1m: large.peak, cores_used_1m: large.coresUsed, file_bytes_1m: bigSize,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  const int = (x) => Math.round(x).toLocaleString('en');
  const fig = (s) => `${int(s.median)} (${int(s.min)}–${int(s.max)}, ${s.runs} runs)`;
  console.log(`| invoice lines per second, CLI whole process (${int(SMALL)}-line CSV) | ${fig(small.perSecond)} | peak ${(small.peak / 1024).toFixed(1)} MiB |`);
  console.log(`| invoice lines per second, CLI whole process (${int(BIG)}-line CSV, ${int(bigSize / 2 ** 20)} MiB) | ${fig(large.perSecond)} | peak ${(large.peak / 1024).toFixed(1)} MiB |`);
}
