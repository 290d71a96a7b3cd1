/**
 * nginx serving an export with the site's example server block (deploy/nginx.conf, made by
 * lib/static-host-config.ts), on a port of the caller's: the browser tests run it to prove that
 * nginx reads that block as intended, and the bench measures it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nginxConfig } from "../../lib/static-host-config";

const INSTALL_HINT = "install it (Debian: apt-get install -y nginx) or set NGINX_PATH";

/** `NGINX_PATH`, then Debian's, then the first nginx on PATH; undefined when there is none. */
export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", ...(process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "nginx"))];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
}

/**
 * Starts nginx in the foreground on `port`, serving `root`; everything it writes (its
 * configuration, pid, logs and temporary files) goes into `workDir`, so it needs no root and
 * leaves nothing behind on the machine.
 */
export function startNginx({ root, port, workDir }: { root: string; port: number; workDir: string }): ChildProcess {
  const nginx = findNginx();
  if (!nginx) throw new Error(`nginx was not found: ${INSTALL_HINT}`);
  mkdirSync(workDir, { recursive: true });
  const temp = (name: string) => `${name}_temp_path ${path.join(workDir, name)};`;
  const config = path.join(workDir, "nginx.conf");
  writeFileSync(
    config,
    [
      "worker_processes 2;",
      `pid ${path.join(workDir, "nginx.pid")};`,
      `error_log ${path.join(workDir, "error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp),
      nginxConfig({ listen: `127.0.0.1:${port}`, root: path.resolve(root) }),
      "}",
      "",
    ].join("\n"),
  );
  // -e: nginx opens its built-in error log before it reads the configuration, which needs root.
  return spawn(nginx, ["-p", workDir, "-e", path.join(workDir, "error.log"), "-c", config, "-g", "daemon off;"], { stdio: "inherit" });
}
