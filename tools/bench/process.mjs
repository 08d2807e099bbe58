// One whole process, as the CLI benchmarks time it: wall seconds (what a user waits), the CPU
// seconds it used (user + system, every thread; /proc/<pid>/stat) and its peak resident memory
// (VmHWM, /proc/<pid>/status), both read every 2 ms while it runs, so the last read is at most
// that long before it ends. On a loaded machine, CPU seconds ÷ wall seconds shows how many
// cores' worth of time the process got.
import fs from 'node:fs';
import { spawn, execFileSync } from 'node:child_process';

const TICK = 1 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Runs `cmd args`; stdout to the file descriptor `out`, or collected if none is given. */
export function runProcess(cmd, args, out = null) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', out ?? 'pipe', 'inherit'] });
    let peakKib = 0;
    let cpuSeconds = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKib = Math.max(peakKib, Number(m[1]));
        // Fields 14 and 15 (utime, stime) follow the command name in parentheses.
        const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuSeconds = Math.max(cpuSeconds, (Number(f[11]) + Number(f[12])) * TICK);
      } catch { /* the process has ended */ }
    };
    const timer = setInterval(poll, 2);
    const chunks = [];
    child.stdout?.on('data', (c) => { poll(); chunks.push(c); });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}`));
      else resolve({ seconds, cpuSeconds, peakKib, stdout: Buffer.concat(chunks) });
    });
  });
}
