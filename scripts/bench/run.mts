/** Process helpers the bench's measurement modules share. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

export const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}x`;

/** Total resident memory of a process and all its descendants, in bytes, and that of its largest process. */
export function treeRss(rootPid: number): { total: number; largest: number } {
  let table: string;
  try {
    table = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" });
  } catch {
    return { total: 0, largest: 0 };
  }
  const rows = table.trim().split("\n").map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const [pid, ppid, kilobytes] of rows) {
    rss.set(pid, kilobytes * 1024);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  let largest = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    largest = Math.max(largest, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/**
 * CPU time (user and system) of a process and all its descendants so far, in
 * milliseconds, read from /proc; `seen` keeps each process's latest figure, so
 * a process that has ended still counts. On a shared machine this moves far
 * less than wall time, so before-and-after comparisons can use it.
 */
export function treeCpu(rootPid: number, seen: Map<number, number>): number {
  const ticks = (pid: number): { ppid: number; cpu: number } | undefined => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) };
    } catch {
      return undefined;
    }
  };
  let pids: number[];
  try {
    pids = execFileSync("ps", ["-eo", "pid="], { encoding: "utf8" }).trim().split("\n").map(Number);
  } catch {
    return [...seen.values()].reduce((sum, ms) => sum + ms, 0);
  }
  const stats = new Map(pids.flatMap((pid) => {
    const stat = ticks(pid);
    return stat ? [[pid, stat] as const] : [];
  }));
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (inTree.has(pid) || !(inTree.has(stat.ppid) || seen.has(pid))) continue;
      inTree.add(pid);
      grew = true;
    }
  }
  // Linux counts CPU time in clock ticks of 10 ms.
  for (const pid of inTree) if (stats.has(pid)) seen.set(pid, Math.max(seen.get(pid) ?? 0, stats.get(pid)!.cpu * 10));
  return [...seen.values()].reduce((sum, ms) => sum + ms, 0);
}

export interface Measured {
  ms: number;
  /** CPU time of the whole process tree (user and system), sampled with memory. */
  cpuMs: number;
  /** Peak memory of the whole process tree, and of its largest single process (what peer-build.sh reports). */
  peakBytes: number;
  peakLargestBytes: number;
  stdout: string;
}

/** Runs a command to completion, measuring wall time and the peak memory of its process tree. */
export function measured(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let peak = 0;
    let peakLargest = 0;
    const cpu = new Map<number, number>();
    let cpuMs = 0;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setInterval(() => {
      const rss = treeRss(child.pid!);
      peak = Math.max(peak, rss.total);
      peakLargest = Math.max(peakLargest, rss.largest);
      cpuMs = treeCpu(child.pid!, cpu);
    }, 150);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ ms: performance.now() - started, cpuMs, peakBytes: peak, peakLargestBytes: peakLargest, stdout });
      else reject(new Error(`${command} ${args.join(" ")} failed (${code}) in ${cwd}:\n${stdout.slice(-1000)}\n${stderr.slice(-2000)}`));
    });
  });
}

/** Starts a server in its own process group and resolves once `url` answers. */
export function startServer(command: string, args: string[], cwd: string, url: string): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, detached: true, stdio: "ignore" });
  return (async () => {
    for (let attempt = 0; attempt < 150; attempt++) {
      try {
        if ((await fetch(url)).ok) return child;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    stop(child);
    throw new Error(`${command} did not answer on ${url}`);
  })();
}

/** Stops a server started by startServer, with everything it started (next start leaves next-server behind otherwise). */
export function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already stopped
  }
}
