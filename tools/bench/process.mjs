// One whole process, as the CLI benchmarks time it. Wall and CPU time come from the kernel's own
// accounting once the process has ended, so nothing after a last sample is lost:
// - wall seconds (what a user waits): bash's $EPOCHREALTIME (microseconds) just before the command
//   starts and just after it ends;
// - CPU seconds (user + system, every thread): bash's `times`, its children's
//   getrusage(RUSAGE_CHILDREN) to the millisecond (/proc/<pid>/stat counts 10 ms ticks, too coarse
//   for a run of some tens of milliseconds).
// Peak resident memory is the command's own high-water mark (VmHWM, /proc/<pid>/status), read every
// 2 ms while it runs: being a high-water mark, a read misses only growth in the last 2 ms. (The
// exit-time ru_maxrss would be exact at the end but counts from the fork, so it can never read
// below the size of the shell that started the command, about 3 MB: more than the invoice check's
// own peak.)
// On a loaded machine, CPU seconds ÷ wall seconds shows how many cores' worth of time it got.
// Needs bash ≥ 5 (for $EPOCHREALTIME).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

// fd 3 carries the command's pid, then the figures; its stdout and stderr are left as they are.
const SCRIPT = 't0=$EPOCHREALTIME; "$@" & p=$!; echo "$p" >&3; wait "$p"; s=$?; t1=$EPOCHREALTIME; { echo "$t0 $t1"; times; } >&3; exit $s';

const seconds = (t) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  if (!m) throw new Error(`bash times: cannot read ${JSON.stringify(t)}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** Runs `cmd args`; stdout to the file descriptor `out`, or collected if none is given. */
export function runProcess(cmd, args, out = null) {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', SCRIPT, 'bash', cmd, ...args], { stdio: ['ignore', out ?? 'pipe', 'inherit', 'pipe'] });
    // The kernel's name for the command once it has exec'd (until then the pid is a copy of bash).
    const name = path.basename(cmd).slice(0, 15);
    let pid = null;
    let peakKib = 0;
    const poll = () => {
      if (pid === null) return;
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m && /^Name:\s+(.*)$/m.exec(status)?.[1] === name) peakKib = Math.max(peakKib, Number(m[1]));
      } catch { /* the process has ended */ }
    };
    const timer = setInterval(poll, 2);
    const chunks = [];
    let figures = '';
    child.stdout?.on('data', (c) => { poll(); chunks.push(c); });
    child.stdio[3].on('data', (c) => {
      figures += c.toString('utf8');
      if (pid === null && figures.includes('\n')) { pid = Number(figures.slice(0, figures.indexOf('\n'))); poll(); }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}`));
      // Lines: the pid, "t0 t1", bash's own times, its children's times.
      const lines = figures.trim().split('\n');
      if (lines.length !== 4) return reject(new Error(`${cmd}: unexpected figures ${JSON.stringify(lines)}`));
      const [t0, t1] = lines[1].split(' ').map(Number);
      const [user, system] = lines[3].trim().split(' ').map(seconds);
      if (!(t1 >= t0) || !(peakKib > 0)) return reject(new Error(`${cmd}: unreadable figures ${JSON.stringify(lines)}, peak ${peakKib} KiB`));
      resolve({ seconds: t1 - t0, cpuSeconds: user + system, peakKib, stdout: Buffer.concat(chunks) });
    });
  });
}
