// The photo stores: the local folder for real, and the S3 driver against a small in-process S3 stand-in
// that checks every request carries an AWS Signature V4 and a payload hash matching the body.
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3FileStorage } from "@/lib/server/storage/s3";
import { assertStorageKey } from "@/lib/server/storage/types";
import { temporaryFileStorage } from "@/tests/support/temporary-storage";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("storage keys", () => {
  it("accepts server-made keys and refuses paths that could escape the store", () => {
    expect(() => assertStorageKey("declarations/7d1e0c7a-1111-4222-8333-444455556666/portrait-AbC_12.jpg")).not.toThrow();
    for (const bad of ["../etc/passwd", "declarations/../../x", "/abs/key", "a//b", "a/./b", "", "a\\b", "a b", ".hidden"]) {
      expect(() => assertStorageKey(bad), bad).toThrow();
    }
  });
});

describe("LocalFileStorage", () => {
  const { root, storage } = temporaryFileStorage("bhxh-files-");

  it("writes, reads back, replaces and deletes, leaving no temporary files nor empty folders", async () => {
    const key = "declarations/abc/portrait-1.jpg";
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, bytes("first"), "image/jpeg");
    expect(new TextDecoder().decode((await storage.get(key))!)).toBe("first");
    await storage.put(key, bytes("second"), "image/jpeg");
    expect(new TextDecoder().decode((await storage.get(key))!)).toBe("second");
    expect(readdirSync(path.join(root, "declarations", "abc"))).toEqual(["portrait-1.jpg"]);

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(existsSync(path.join(root, "declarations"))).toBe(false);
    expect(existsSync(root)).toBe(true);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("keeps other files of the same folder when one is deleted", async () => {
    await storage.put("declarations/d1/a.jpg", bytes("a"), "image/jpeg");
    await storage.put("declarations/d1/b.jpg", bytes("b"), "image/jpeg");
    await storage.delete("declarations/d1/a.jpg");
    expect(readdirSync(path.join(root, "declarations", "d1"))).toEqual(["b.jpg"]);
  });

  it("survives concurrent writes of the same key: the result is one complete version", async () => {
    const key = "declarations/race/x.jpg";
    const versions = Array.from({ length: 8 }, (_, i) => bytes(String(i).repeat(100_000)));
    await Promise.all(versions.map((v) => storage.put(key, v, "image/jpeg")));
    const stored = new TextDecoder().decode((await storage.get(key))!);
    expect(stored).toMatch(/^(\d)\1{99999}$/);
    expect(readdirSync(path.join(root, "declarations", "race"))).toEqual(["x.jpg"]);
  });

  it("refuses a key that would escape the folder", async () => {
    await expect(storage.put("../outside.jpg", bytes("x"), "image/jpeg")).rejects.toThrow(/Invalid storage key/);
    await expect(storage.get("a/../../b")).rejects.toThrow(/Invalid storage key/);
  });
});

describe("S3FileStorage against an in-process S3 stand-in", () => {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const seen: { method: string; url: string; authorization: string | undefined }[] = [];
  let server: Server;
  let endpoint: string;
  let failNext = 0;

  function readBody(req: IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks)));
      req.on("error", reject);
    });
  }

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await readBody(req);
      const authorization = req.headers.authorization;
      seen.push({ method: req.method ?? "", url: req.url ?? "", authorization });
      // SigV4: algorithm, credential scope with the region and service, signed headers, a hex signature.
      const sigv4 = /^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/ap-southeast-1\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/;
      if (!authorization || !sigv4.test(authorization) || !req.headers["x-amz-date"]) {
        res.writeHead(403).end("<Error><Code>AccessDenied</Code></Error>");
        return;
      }
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      const key = decodeURIComponent((req.url ?? "").split("?")[0]!);
      if (req.method === "PUT") {
        const hash = createHash("sha256").update(body).digest("hex");
        if (req.headers["x-amz-content-sha256"] !== hash) {
          res.writeHead(400).end("<Error><Code>XAmzContentSHA256Mismatch</Code></Error>");
          return;
        }
        objects.set(key, { body, contentType: String(req.headers["content-type"]) });
        res.writeHead(200).end();
      } else if (req.method === "GET") {
        const object = objects.get(key);
        if (!object) res.writeHead(404).end("<Error><Code>NoSuchKey</Code></Error>");
        else res.writeHead(200, { "Content-Type": object.contentType }).end(object.body);
      } else if (req.method === "DELETE") {
        objects.delete(key);
        res.writeHead(204).end();
      } else {
        res.writeHead(405).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const storage = () =>
    new S3FileStorage({ bucket: "bhxh-photos", endpoint, region: "ap-southeast-1", accessKeyId: "test-key", secretAccessKey: "test-secret", retries: 1 });

  it("puts, gets and deletes objects with signed path-style requests", async () => {
    const s3 = storage();
    const key = "declarations/5b2c/portrait-xyz.jpg";
    const data = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 250]);
    await s3.put(key, data, "image/jpeg");
    expect(objects.get(`/bhxh-photos/${key}`)?.contentType).toBe("image/jpeg");
    expect(Array.from((await s3.get(key))!)).toEqual(Array.from(data));
    await s3.delete(key);
    expect(await s3.get(key)).toBeNull();
    await expect(s3.delete(key)).resolves.toBeUndefined();
    expect(seen.every((r) => r.url.startsWith("/bhxh-photos/declarations/5b2c/"))).toBe(true);
    expect(seen.every((r) => r.authorization?.startsWith("AWS4-HMAC-SHA256 "))).toBe(true);
  });

  it("retries a 5xx once, and reports a refusal as an error", async () => {
    const s3 = storage();
    failNext = 1;
    await s3.put("declarations/r/a.jpg", new Uint8Array([1]), "image/jpeg");
    expect(objects.has("/bhxh-photos/declarations/r/a.jpg")).toBe(true);
    const wrong = new S3FileStorage({ bucket: "bhxh-photos", endpoint, region: "us-east-1", accessKeyId: "test-key", secretAccessKey: "x", retries: 0 });
    await expect(wrong.put("declarations/r/b.jpg", new Uint8Array([1]), "image/jpeg")).rejects.toThrow(/HTTP 403/);
  });
});
