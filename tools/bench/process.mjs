// One whole process, as the CLI benchmarks time it, from the kernel's own accounting once it has
// ended (nothing sampled while it runs, so nothing after a last sample is lost):
// - wall seconds (what a user waits): bash's $EPOCHREALTIME (microseconds) just before the command
//   starts and just after it ends, so the wrapper's own start is not counted;
// - CPU seconds (user + system, every thread): bash's `times`, which prints its children's
//   getrusage(RUSAGE_CHILDREN) to the millisecond (/proc/<pid>/stat counts 10 ms ticks, too coarse
//   for a run of some tens of milliseconds);
// - peak resident memory: GNU time's %M, the ru_maxrss wait4 returns: the largest of the command
//   and the wrapping bash (about 3 MB), so a command smaller than bash reads as bash's size.
// On a loaded machine, CPU seconds ÷ wall seconds shows how many cores' worth of time it got.
// Needs bash ≥ 5 and GNU time at /usr/bin/time (Debian's `time` package).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';

const TIME = '/usr/bin/time';
// fd 3 carries the figures; the command's own stdout and stderr are left as they are.
const SCRIPT = 't0=$EPOCHREALTIME; "$@"; s=$?; t1=$EPOCHREALTIME; { echo "$t0 $t1"; times; } >&3; exit $s';

const seconds = (t) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  if (!m) throw new Error(`bash times: cannot read ${JSON.stringify(t)}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** Runs `cmd args`; stdout to the file descriptor `out`, or collected if none is given. */
export function runProcess(cmd, args, out = null) {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} is missing: install GNU time (Debian: apt-get install time)`);
  // GNU time cannot open fd 3 by name when it is a socket (Node's pipes are), so %M goes to a file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-time-'));
  const peakFile = path.join(dir, 'peak');
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', '%M', '-o', peakFile, 'bash', '-c', SCRIPT, 'bash', cmd, ...args],
      { stdio: ['ignore', out ?? 'pipe', 'inherit', 'pipe'] });
    const chunks = [];
    const figures = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stdio[3].on('data', (c) => figures.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = fs.existsSync(peakFile) ? fs.readFileSync(peakFile, 'utf8').trim().split('\n').at(-1) : '';
      fs.rmSync(dir, { recursive: true });
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}`));
      // Lines: "t0 t1", bash's own times, its children's times; GNU time's %M (KiB) in its file.
      const lines = [...Buffer.concat(figures).toString('utf8').trim().split('\n'), peak];
      if (lines.length !== 4) return reject(new Error(`${cmd}: unexpected figures ${JSON.stringify(lines)}`));
      const [t0, t1] = lines[0].split(' ').map(Number);
      const [user, system] = lines[2].trim().split(' ').map(seconds);
      const peakKib = Number(lines[3]);
      if (!(t1 >= t0) || !Number.isFinite(peakKib)) return reject(new Error(`${cmd}: unreadable figures ${JSON.stringify(lines)}`));
      resolve({ seconds: t1 - t0, cpuSeconds: user + system, peakKib, stdout: Buffer.concat(chunks) });
    });
  });
}
