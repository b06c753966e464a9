// The build's scripts and styles in Brotli from the front server (decision 0033): once prepared, a client that
// accepts `br` gets the file from memory, byte for byte what is on disk once decompressed; anyone else, any
// other path, and any name not listed from the build folder reach Next as before. Served even at the cap of
// requests in flight: a page already let in needs its scripts.
import http from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer, listen, type FrontServer } from "@/scripts/lib/front-server";
import { acceptsBrotli, createStaticBrotli } from "@/scripts/lib/static-brotli";

let server: FrontServer;
let base: string;
let folder: string;
const script = Buffer.from(`self.chunk=${JSON.stringify("Tờ khai 01 ".repeat(400))};\n`);
const style = Buffer.from(`body{margin:0}\n${".field{color:#111}\n".repeat(200)}`);
const held: http.ServerResponse[] = [];

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "static-brotli-"));
  const staticDir = path.join(folder, "static");
  mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
  writeFileSync(path.join(staticDir, "chunks", "app-1a2b.js"), script);
  writeFileSync(path.join(staticDir, "chunks", "form-3c4d.css"), style);
  writeFileSync(path.join(staticDir, "chunks", "tiny.js"), "1"); // larger in Brotli: left to Next
  writeFileSync(path.join(folder, "secret.js"), script); // outside the static folder
  const staticBrotli = createStaticBrotli(staticDir);
  await staticBrotli.prepare();
  server = createFrontServer({
    trustedHops: 0,
    staticBrotli,
    shedding: { maxInFlight: 1, maxHeavyInFlight: 1, retryAfterSeconds: 2 },
    // Next's stand-in: answers "from-next", except /hold, which it keeps in flight (filling the cap).
    handler: (req, res) => (req.url === "/hold" ? void held.push(res) : void res.end("from-next")),
  });
  await listen(server, 0, "127.0.0.1");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of held) res.end();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(folder, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(pathname: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static files in Brotli", () => {
  it("gives a client that accepts br the script and the style from memory, smaller, decompressing to the file", async () => {
    for (const [name, original, type] of [["chunks/app-1a2b.js", script, "application/javascript; charset=UTF-8"], ["chunks/form-3c4d.css", style, "text/css; charset=UTF-8"]] as const) {
      const answer = await get(`/_next/static/${name}`, { "Accept-Encoding": "gzip, deflate, br, zstd" });
      expect(answer.status).toBe(200);
      expect(answer.headers).toMatchObject({ "content-encoding": "br", "content-type": type, "cache-control": "public, max-age=31536000, immutable", vary: "Accept-Encoding", "x-content-type-options": "nosniff" });
      expect(Number(answer.headers["content-length"])).toBe(answer.body.byteLength);
      expect(answer.body.byteLength).toBeLessThan(original.byteLength / 4);
      expect(brotliDecompressSync(answer.body)).toEqual(original);
    }
    const head = await get("/_next/static/chunks/app-1a2b.js?v=1", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.byteLength).toBe(0);
  });

  it("leaves to Next a client without br, br refused with q=0, a name not in the build, a file Brotli would not shrink, and anything outside it", async () => {
    const asked = [
      ["/_next/static/chunks/app-1a2b.js", "gzip, deflate"],
      ["/_next/static/chunks/app-1a2b.js", "br;q=0, gzip"],
      ["/_next/static/chunks/other.js", "br"],
      ["/_next/static/chunks/tiny.js", "br"],
      ["/_next/static/../secret.js", "br"],
      ["/_next/static/chunks/..%2F..%2Fsecret.js", "br"],
      ["/secret.js", "br"],
    ];
    for (const [pathname, encoding] of asked) {
      const answer = await get(pathname!, { "Accept-Encoding": encoding! });
      expect({ pathname, encoding: answer.headers["content-encoding"], body: answer.body.toString() }).toEqual({ pathname, encoding: undefined, body: "from-next" });
    }
  });

  it("serves the scripts while the cap of requests in flight is full", async () => {
    const holding = get("/hold");
    await expect.poll(() => held.length).toBe(1);
    expect((await get("/somewhere")).status).toBe(503);
    expect((await get("/_next/static/chunks/app-1a2b.js", { "Accept-Encoding": "br" })).headers["content-encoding"]).toBe("br");
    held.shift()!.end("done");
    expect((await holding).body.toString()).toBe("done");
  });
});

describe("acceptsBrotli", () => {
  it.each([
    ["br", true],
    ["gzip, deflate, br, zstd", true],
    ["BR;q=0.5", true],
    ["gzip;q=1.0, br;q=0", false],
    ["gzip", false],
    ["brotli", false],
    [undefined, false],
  ] as const)("%s → %s", (header, expected) => expect(acceptsBrotli(header)).toBe(expected));
});
