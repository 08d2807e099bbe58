// Benchmark (not a test): the CLI checks a generated CSV of 100 000 invoice lines.
// Prints lines per second (median of 5 runs, whole process: start, read, parse, check, print).
// Usage: node tools/bench-invoice.mjs [lines]   (after `make build`)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const n = Number(process.argv[2] || 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-bench-'));
const csv = path.join(dir, 'lines.csv');
const head = path.join(dir, 'employee.json');
const kinds = ['support_talks', 'investigate_work_needs', 'adapt_workplace', 'return_to_work_plan'];
const rows = ['datum;insats;typ;utförare;kompetens;kontrakterad;kostnad'];
for (let i = 0; i < n; i++) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  rows.push(`2026-02-${day};Stödsamtal ${i};${kinds[i % 4]};Eva Ek;behavioural_science;ja;${1000 + (i % 9000)},50`);
}
fs.writeFileSync(csv, rows.join('\n') + '\n');
fs.writeFileSync(head, JSON.stringify({ employees: [{ name: 'Anna Andersson', personnummer: '811218-9876' }] }));
const cli = path.resolve(import.meta.dirname, '../target/release/rehabkollen');
const times = [];
for (let run = 0; run < 5; run++) {
  const t0 = process.hrtime.bigint();
  const out = execFileSync(cli, ['check-invoice', '--csv', csv, '--scheme', 'fk_arbetsplatsinriktat', '--employee-file', head], { maxBuffer: 1 << 28 });
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const report = JSON.parse(out);
  if (!report.ok || report.lines !== n) throw new Error(`unexpected report: ok=${report.ok} lines=${report.lines}`);
}
times.sort((a, b) => a - b);
const median = times[2];
console.log(`| invoice lines checked by the CLI (CSV, ${n.toLocaleString('en')} lines, whole process) | ${Math.round(n / median).toLocaleString('en')} lines/s | median ${(median * 1000).toFixed(0)} ms of 5 runs | goal ≥ 1,000,000 lines/s |`);
fs.rmSync(dir, { recursive: true });
