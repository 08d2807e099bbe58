// Benchmark (not a test): the CLI checks generated CSV files of invoice lines, whole process
// (start, read, parse, check, print). Reports lines per second (median of 5 runs of a 100 000-line
// file, and one run of a 1 000 000-line file) and the peak memory (VmHWM) of the process.
// Usage: node tools/bench-invoice.mjs [--json]   (after `make build`)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';

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

/** One run: seconds, the report, and the peak resident memory in KiB (polled from /proc while it runs). */
function run(file) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cli, ['check-invoice', '--csv', file, '--scheme', 'fk_arbetsplatsinriktat', '--employee-file', head]);
    let peak = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch { /* the process has ended */ }
    };
    const timer = setInterval(poll, 2);
    const chunks = [];
    child.stdout.on('data', (c) => { poll(); chunks.push(c); });
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      resolve({ seconds, report, peak });
    });
  });
}

const small = csvFile(100_000);
const times = [];
let smallPeak = 0;
for (let i = 0; i < 5; i++) {
  const r = await run(small);
  if (!r.report.ok || r.report.lines !== 100_000) throw new Error(`unexpected report: ok=${r.report.ok} lines=${r.report.lines}`);
  times.push(r.seconds);
  smallPeak = Math.max(smallPeak, r.peak);
}
times.sort((a, b) => a - b);
const big = csvFile(1_000_000);
const bigSize = fs.statSync(big).size;
const b = await run(big);
if (!b.report.ok || b.report.lines !== 1_000_000) throw new Error(`unexpected report: ok=${b.report.ok} lines=${b.report.lines}`);
fs.rmSync(dir, { recursive: true });

const result = {
  lines_per_second_100k: Math.round(100_000 / times[2]), median_ms_100k: times[2] * 1000, peak_kib_100k: smallPeak,
  lines_per_second_1m: Math.round(1_000_000 / b.seconds), ms_1m: b.seconds * 1000, peak_kib_1m: b.peak, file_bytes_1m: bigSize,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  const int = (x) => Math.round(x).toLocaleString('en');
  console.log(`| invoice lines per second, CLI whole process (100,000-line CSV, median of 5) | ${int(result.lines_per_second_100k)} | peak ${int(smallPeak / 1024)} MiB |`);
  console.log(`| invoice lines per second, CLI whole process (1,000,000-line CSV, ${int(bigSize / 2 ** 20)} MiB) | ${int(result.lines_per_second_1m)} | peak ${(b.peak / 1024).toFixed(1)} MiB |`);
}
