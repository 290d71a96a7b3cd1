/**
 * nginx serving an export with the site's example server block (deploy/nginx.conf, made by
 * lib/static-host-config.ts), on a port of the caller's: the browser tests run it to prove that
 * nginx reads that block as intended, and the bench measures it.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nginxConfig } from "../../lib/static-host-config";

const INSTALL_HINT = "install it (Debian: apt-get install -y nginx) or set NGINX_PATH";

/** `NGINX_PATH`, then Debian's, then the first nginx on PATH; undefined when there is none. */
export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", ...(process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "nginx"))];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
}

/** nginx opens its built-in error log before it reads any configuration; `-e` (1.19.5 and later) names another. */
function errorLogOption(nginx: string, file: string): string[] {
  // `nginx -v` writes its version to stderr.
  const version = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(spawnSync(nginx, ["-v"], { encoding: "utf8" }).stderr ?? "");
  const [major, minor, patch] = version ? version.slice(1).map(Number) : [0, 0, 0];
  return major * 1e6 + minor * 1e3 + patch >= 1_019_005 ? ["-e", file] : [];
}

/**
 * Starts nginx in the foreground on 127.0.0.1:`port`, serving `root`. Everything it writes (its
 * configuration, pid, log and temporary files) goes into a folder of its own, removed when it
 * stops, so it needs no root and leaves nothing of the machine's nginx changed.
 */
export function startNginx({ root, port }: { root: string; port: number }): ChildProcess {
  const nginx = findNginx();
  if (!nginx) throw new Error(`nginx was not found: ${INSTALL_HINT}`);
  const workDir = mkdtempSync(path.join(tmpdir(), `rhj-nginx-${port}-`));
  const temp = (name: string) => `${name}_temp_path ${path.join(workDir, name)};`;
  const config = path.join(workDir, "nginx.conf");
  const errorLog = path.join(workDir, "error.log");
  writeFileSync(
    config,
    [
      // Started by root, nginx hands its workers to nobody, who may not read a checkout under
      // /root; these workers only serve one folder on 127.0.0.1, so they stay the caller's.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      "worker_processes auto;",
      `pid ${path.join(workDir, "nginx.pid")};`,
      `error_log ${errorLog} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp),
      nginxConfig({ listen: `127.0.0.1:${port}`, root: path.resolve(root) }),
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(nginx, ["-p", workDir, ...errorLogOption(nginx, errorLog), "-c", config, "-g", "daemon off;"], { stdio: "inherit" });
  child.on("exit", () => rmSync(workDir, { recursive: true, force: true }));
  return child;
}
