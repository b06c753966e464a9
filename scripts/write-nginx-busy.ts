// Writes deploy/nginx-busy.conf from the message catalogs (scripts/lib/nginx-busy.ts). Run after changing the
// busy message in any language: `npx tsx --import ./scripts/preload/allow-server-only.mjs scripts/write-nginx-busy.ts`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { translate } from "../lib/i18n/catalog";
import { NGINX_BUSY_FILE, nginxBusyConf } from "./lib/nginx-busy";

writeFileSync(path.join(process.cwd(), NGINX_BUSY_FILE), nginxBusyConf(translate));
console.log(`Wrote ${NGINX_BUSY_FILE}.`);
