// A runnable nginx configuration made from the shipped deploy/nginx.conf, for `npm run cluster`, its
// tests and the cluster bench: the upstream lines become the local nodes (with the shipped lines' caps),
// TLS and the port-80 redirect give way to one plain listener on loopback, the busy answers
// (deploy/nginx-busy.conf) are included from the scratch folder, and logs, pid and temp files go there too.
// Everything else (headers, X-Forwarded-For replaced, request ids, timeouts, retries, caching, the busy
// answers) is the shipped file as it is.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NGINX_BUSY_FILE } from "./nginx-busy";

export const NGINX_BINARIES = ["/usr/sbin/nginx", "/usr/bin/nginx"];

export function findNginx(): string | undefined {
  return NGINX_BINARIES.find((bin) => existsSync(bin));
}

export type NginxSiteOptions = { upstreams: string[]; listen: string; dir: string; template?: string };

/** The server block of deploy/nginx.conf with local upstreams, one plain listener and logs under `dir`. */
export function localNginxSite(options: NginxSiteOptions): string {
  const template = options.template ?? readFileSync(path.join(process.cwd(), "deploy", "nginx.conf"), "utf8");
  // The shipped line's parameters (max_conns, max_fails…) for every local node.
  const parameters = /^\s*server 10\.0\.1\.11:3000(.*)$/m.exec(template)?.[1] ?? ";";
  const upstreamLines = options.upstreams.map((address) => `    server ${address}${parameters}`).join("\n");
  // The proxy's caps of requests in flight are written for the shipped file's nodes: scaled to ours.
  const shippedNodes = (template.match(/^\s*server 10\.0\.1\.\d+:3000/gm) ?? []).length;
  const scaled = (value: string) => String((Number(value) / shippedNodes) * options.upstreams.length);
  const site = template
    .replace(/^\s*server 10\.0\.1\.11:3000.*$/m, upstreamLines)
    .replace(/^\s*server 10\.0\.1\.\d+:3000.*\n/gm, "")
    // The port-80 block only redirects to https: not needed on loopback.
    .replace(/^server \{\s*\n\s*listen 80;[\s\S]*?\n\}\n/m, "")
    .replace(/^\s*listen 443 ssl http2;.*$/m, `    listen ${options.listen};`)
    .replace(/^\s*listen \[::\]:\d+.*\n/gm, "")
    .replace(/^\s*ssl_.*\n/gm, "")
    .replace(/\/var\/log\/nginx\//g, `${options.dir}/`)
    .replace(/^include \/etc\/nginx\/bhxh\/nginx-busy\.conf;$/m, `include ${options.dir}/nginx-busy.conf;`)
    .replace(/^(\s*limit_conn bhxh_\w+ )(\d+);$/gm, (_, start: string, value: string) => `${start}${scaled(value)};`)
    // The demo VNeID provider (never in production) keeps its sign-in state in the memory of one process:
    // every step of a demo sign-in must reach the same node.
    .replace(/^(\s*)location \/ \{$/m, `$1location /vneid-thu-nghiem/ {\n$1    proxy_pass http://${options.upstreams[0]};\n$1}\n\n$1location / {`);
  if (!site.includes(`listen ${options.listen};`) || !site.includes(options.upstreams[0]!) || !site.includes(`include ${options.dir}/nginx-busy.conf;`) || !/^\s*limit_conn bhxh_declaring \d+;$/m.test(site)) throw new Error("deploy/nginx.conf changed shape: update scripts/lib/nginx-config.ts");
  return site;
}

/** Writes nginx.conf + site.conf into `dir` (a whole nginx, not a site include) and checks them with `nginx -t`. */
export function writeLocalNginx(nginx: string, options: NginxSiteOptions & { workerProcesses?: number | "auto" }): string {
  const { dir } = options;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "site.conf"), localNginxSite(options));
  copyFileSync(path.join(process.cwd(), NGINX_BUSY_FILE), path.join(dir, "nginx-busy.conf"));
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, sub), { recursive: true });
  // Started as root, nginx runs its workers as `nobody`, who must reach the temp folders (a request body over
  // 128k, e.g. a declaration's photos, is buffered there; otherwise nginx answers 500): let others pass
  // through (x only) this folder and the one holding it, typically a private mkdtemp folder.
  if (process.getuid?.() === 0) for (const folder of [path.dirname(dir), dir]) chmodSync(folder, statSync(folder).mode | 0o011);
  const main = path.join(dir, "nginx.conf");
  writeFileSync(
    main,
    `daemon off;
worker_processes ${options.workerProcesses ?? "auto"};
worker_rlimit_nofile 16384;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  access_log ${dir}/access.log;
  include ${dir}/site.conf;
}
`,
  );
  const check = spawnSync(nginx, ["-t", "-q", "-p", dir, "-c", main], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused the generated configuration:\n${check.stderr}`);
  return main;
}
