// The bench's bookkeeping, not its timings (no test asserts a timing): BENCHMARKS.md is what
// `make bench` wrote, every goal missed in its table has its line saying what limits it, and the
// median with its spread is computed as labelled.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spread } from '../../tools/bench/spread.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const md = fs.readFileSync(path.join(root, 'BENCHMARKS.md'), 'utf8');

test('BENCHMARKS.md is written by make bench, with the load average and the machine', () => {
  assert.match(md, /^# Benchmarks\n\nWritten by `make bench` \(after `make build`\) on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
  assert.match(md, /Load average \(1 \/ 5 \/ 15 min\) at the start: [\d.]+ \/ [\d.]+ \/ [\d.]+; at the end: /);
});

test('every goal missed in BENCHMARKS.md has a line saying what limits it', () => {
  const table = md.slice(md.indexOf('| what |'), md.indexOf('\n\n', md.indexOf('| what |')));
  const missed = table.split('\n').filter((l) => l.endsWith('| **missed** |')).map((l) => l.split(' | ')[0].slice(2));
  const limits = md.slice(md.indexOf('## What limits each goal missed'), md.indexOf('## Where native evaluate'));
  for (const what of missed) {
    const line = limits.split('\n').find((l) => l.startsWith(`- **${what}**`));
    assert.ok(line, `no line for ${what}`);
    // tools/bench.mjs writes "not broken down by this command." for a missed goal with no measured
    // breakdown: that is a limit still missing, wherever in the line it stands.
    assert.doesNotMatch(line, /not broken down/, `${what}: its limit is not measured`);
  }
  if (!missed.length) assert.match(limits, /No goal was missed\./);
});

test('every goal of #21 item 5 has its row', () => {
  for (const row of [/native evaluate, 500 varied measures/, /native evaluate, 500 measures of distinct costs/, /native evaluate, 1,000 varied measures/,
    /Chromium: evaluate\(\), 500 varied measures/, /Chromium: evaluate\(\), 100 varied measures/, /Node: evaluate\(\) of the public API.*realistic five-measure/,
    /Node: evaluate\(\), 100 varied measures, employer, person and provider unanswered/, /Node: growth 10 → 100/, /first question painted, emulated Slow 4G/,
    /first question painted, loopback/, /`rehabkollen decide`, whole process, 1,000,000/, /Node: decide\(\) against the fastest peer/]) {
    assert.match(md, new RegExp(`\\| [^\\n]*${row.source}[^\\n]*\\|`), `no row ${row}`);
  }
});

test('spread: the median of odd and even counts, the smallest and largest, the count', () => {
  assert.deepEqual(spread([3, 1, 2]), { median: 2, min: 1, max: 3, runs: 3 });
  assert.deepEqual(spread([4, 1, 3, 2]), { median: 2.5, min: 1, max: 4, runs: 4 });
});

test('every benchmark takes spread from tools/bench/spread.mjs, none writes its own', () => {
  const tools = path.join(root, 'tools');
  const files = [...fs.readdirSync(tools).filter((f) => /^bench.*\.mjs$/.test(f)).map((f) => path.join(tools, f)),
    ...fs.readdirSync(path.join(tools, 'bench')).filter((f) => f.endsWith('.mjs') && f !== 'spread.mjs').map((f) => path.join(tools, 'bench', f))];
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch(src, /(const|let|var|function)\s+spread\b/, `${path.relative(root, file)} defines its own spread`);
    if (/\bspread\(/.test(src)) assert.match(src, /import \{ spread \} from '\.\/(bench\/)?spread\.mjs';/, `${path.relative(root, file)} uses spread without importing it`);
  }
});
