/**
 * Process bookkeeping for the end-to-end tests: the process tree of a server we
 * started, stopping all of it, and proving what it listens on.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One process as /proc describes it. */
export interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** The command line, arguments joined by spaces. */
  args: string;
}

/** Reads every live process from /proc. Zombies and processes that vanish while reading are skipped. */
export function listProcesses(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may itself contain spaces or ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // A zombie has ended; it only waits for its parent to reap it.
      if (fields[0] === 'Z') continue;
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]), args });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

/** The process `root` and every process descended from it, or sharing its process group. */
export function processTree(root: number): ProcInfo[] {
  const all = listProcesses();
  const keep = new Set<number>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!keep.has(p.pid) && (keep.has(p.ppid) || p.pgid === root)) {
        keep.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => keep.has(p.pid));
}

/** True while the process exists (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops a process group we started with `detached: true` and everything that
 * descended from its leader: SIGTERM first, SIGKILL for whatever is still
 * there after `graceMs`. The tree is read again every 100 ms while it stops,
 * because a process that is shutting down may still start another (code-server
 * restarting an extension host, a language client restarting its server), and
 * that one is signalled too. Resolves when none of them is alive, and returns
 * the pids that had to be killed by force.
 */
export async function stopTree(leader: number, graceMs = 5000): Promise<number[]> {
  const known = new Map<number, string>();
  /** Every process of the tree now, and every one seen in it before that is still alive. */
  const living = () => {
    for (const p of processTree(leader)) known.set(p.pid, p.args);
    return [...known.keys()].filter(isAlive);
  };
  const kill = (pid: number, sig: NodeJS.Signals) => {
    try {
      process.kill(pid, sig);
    } catch {
      // Already gone (a negative pid: the group is already empty).
    }
  };
  /** Sends `sig` to the group and to each living process once, until none lives or `ms` pass; returns those left. */
  const stopWith = async (sig: NodeJS.Signals, ms: number) => {
    const signalled = new Set<number>();
    kill(-leader, sig);
    const deadline = Date.now() + ms;
    for (;;) {
      const left = living();
      for (const pid of left) {
        if (!signalled.has(pid)) kill(pid, sig);
        signalled.add(pid);
      }
      if (left.length === 0 || Date.now() >= deadline) return left;
      await sleep(100);
    }
  };
  const forced = await stopWith('SIGTERM', graceMs);
  if (forced.length === 0) return [];
  const left = await stopWith('SIGKILL', 5000);
  if (left.length) throw new Error(`processes still alive after SIGKILL: ${left.map((pid) => `${pid} (${known.get(pid)})`).join(', ')}`);
  return forced;
}

/** One listening TCP socket and the process that owns it. */
export interface Listener {
  /** Local address as ss prints it, e.g. `127.0.0.1:41234` or `[::1]:41234`. */
  local: string;
  pid: number;
}

/** Every listening TCP socket on the machine with its owning pids, from `ss -ltnpH`. */
export function listeners(): Listener[] {
  const text = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  const out: Listener[] = [];
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 5) continue;
    const local = cols[3]!;
    for (const m of line.matchAll(/pid=(\d+)/g)) out.push({ local, pid: Number(m[1]) });
  }
  return out;
}

/** True for an address on the loopback interface (127.0.0.0/8 or ::1). */
export function isLoopback(local: string): boolean {
  const host = local.slice(0, local.lastIndexOf(':')).replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return /^127\./.test(host) || host === '::1' || /^::ffff:127\./.test(host);
}

/**
 * The sockets the process tree of `leader` listens on. Throws when any of them
 * is reachable beyond loopback, or when the tree listens on nothing at all (the
 * check would then prove nothing).
 */
export function assertLoopbackOnly(leader: number): Listener[] {
  const pids = new Set(processTree(leader).map((p) => p.pid));
  const mine = listeners().filter((l) => pids.has(l.pid));
  if (mine.length === 0) throw new Error(`process tree of ${leader} listens on no TCP socket; expected its HTTP port`);
  const open = mine.filter((l) => !isLoopback(l.local));
  if (open.length) {
    throw new Error(`listening beyond loopback: ${open.map((l) => `${l.local} (pid ${l.pid})`).join(', ')}`);
  }
  return mine;
}
