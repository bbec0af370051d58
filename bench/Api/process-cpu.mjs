// CPU seconds used so far by a process and its descendants (Linux /proc), so a server's cost per request
// can be read even when other work on the machine stretches the wall-clock figures.
import { readdirSync, readFileSync } from 'node:fs';

const TicksPerSecond = 100;

export function processTreeCpuSeconds(pid) {
  let ticks = 0;
  const pending = [pid];
  while (pending.length) {
    const current = pending.pop();
    try {
      // utime and stime are fields 14 and 15; the command name before them may hold spaces, so count from ')'.
      const fields = readFileSync(`/proc/${current}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of readdirSync(`/proc/${current}/task`)) {
        pending.push(...readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks / TicksPerSecond;
}
