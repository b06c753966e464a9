// What a production build is made from, for "is the build older than the sources?" (npm start, benches).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The newest modification time of the folders and files a build is made from, under `root`. */
export function newestSourceMtime(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "data"]) walk(path.join(root, dir));
  for (const file of ["next.config.js", "package-lock.json", "prisma/schema.prisma"]) {
    const full = path.join(root, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}
