// The QR decoder's WebAssembly (zxing-wasm), served by the portal itself: the package would fetch
// it from a CDN, which counters on a closed network cannot reach. Read once from node_modules.
import { readFile } from "node:fs/promises";
import path from "node:path";

let wasm: Promise<Buffer> | undefined;

export async function GET(request: Request): Promise<Response> {
  wasm ??= readFile(path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm"));
  const bytes = await wasm;
  // The scanner asks for ?v=<package version>: such a URL never changes content, so it may be cached for good.
  const versioned = new URL(request.url).searchParams.has("v");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/wasm",
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=86400",
    },
  });
}
