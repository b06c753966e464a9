// Brotli for the built scripts and styles (issue 18 §6; decision 0033). Next compresses its answers with gzip
// only; at the highest quality Brotli makes the same chunks ≈ 15 % smaller (the form's first load: ≈ 136 KB
// gzipped, ≈ 116 KB in Brotli), which is what a cheap phone on a slow connection waits for. The files under
// `<distDir>/static` carry a content hash in their name and never change while the server runs: each is
// compressed once, after the server has started listening, one at a time on libuv's pool, and kept in memory
// (≈ 0.3 MB for the whole build). Until a file's turn has come, and for a client that does not accept `br`,
// Next answers as before.
import { readdir, readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, type BrotliOptions } from "node:zlib";

const compress = promisify(brotliCompress);
const PREFIX = "/_next/static/";
const CONTENT_TYPES: Record<string, string> = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };

/** How each file is compressed (the dang-ky-js bench measures with the same, so its figure is what is sent). */
export function brotliOptions(byteLength: number): BrotliOptions {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: byteLength } };
}

export type StaticBrotli = {
  /** Answers from memory when the request is for a compressed file and the client accepts `br`; false otherwise (Next answers). */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Compresses every script and style of the build; resolves when done (a file that cannot be read is skipped). */
  prepare(): Promise<void>;
};

/** Whether an Accept-Encoding header accepts Brotli (`br`, with no `q=0`). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name!.trim() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

export function createStaticBrotli(staticDir: string): StaticBrotli {
  const compressed = new Map<string, { body: Buffer; contentType: string }>();
  return {
    async prepare() {
      let files: string[];
      try {
        files = await filesUnder(staticDir);
      } catch {
        return; // no build here (a test server): Next answers everything
      }
      for (const file of files) {
        const contentType = CONTENT_TYPES[path.extname(file)];
        if (!contentType) continue;
        try {
          const raw = await readFile(path.join(staticDir, file));
          const body = await compress(raw, brotliOptions(raw.byteLength));
          if (body.byteLength < raw.byteLength) compressed.set(file, { body, contentType });
        } catch {
          // Skipped: Next serves it (gzip) as before.
        }
      }
    },
    serve(req, res) {
      if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(PREFIX)) return false;
      // Only names listed from the build folder are looked up: nothing in the URL reaches the file system.
      const file = compressed.get(req.url.slice(PREFIX.length).split("?")[0]!);
      if (!file || !acceptsBrotli(req.headers["accept-encoding"])) return false;
      res.writeHead(200, {
        "Content-Type": file.contentType,
        "Content-Encoding": "br",
        "Content-Length": String(file.body.byteLength),
        "Cache-Control": "public, max-age=31536000, immutable",
        Vary: "Accept-Encoding",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : file.body);
      return true;
    },
  };
}
