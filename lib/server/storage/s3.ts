import "server-only";
// Photos in an S3-compatible bucket (AWS S3, MinIO, Ceph, Viettel/FPT/VNPT object storage…), for
// deployments with several app servers. Requests are signed with AWS Signature V4 (aws4fetch) and use
// path-style URLs ({endpoint}/{bucket}/{key}), which every S3-compatible service accepts.
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import { assertStorageKey, type FileStorage } from "./types";

export type S3StorageConfig = {
  bucket: string;
  /** e.g. "https://s3.ap-southeast-1.amazonaws.com" or "http://127.0.0.1:9000"; no trailing path. */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Attempts after the first on a 5xx or a network error (aws4fetch backs off between them). */
  retries?: number;
};

export class S3StorageError extends Error {
  override readonly name = "S3StorageError";
}

export class S3FileStorage implements FileStorage {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(config: S3StorageConfig) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: "s3",
      retries: config.retries ?? 2,
    });
    this.base = `${config.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(config.bucket)}`;
  }

  private urlOf(key: string): string {
    assertStorageKey(key);
    return `${this.base}/${key.split("/").map(encodeURIComponent).join("/")}`;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.client.fetch(this.urlOf(key), {
      method: "PUT",
      // Photos never live in a SharedArrayBuffer; the DOM typing only accepts ArrayBuffer-backed views.
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: {
        "Content-Type": contentType,
        // A signed payload hash: the store refuses a body altered on the way.
        "X-Amz-Content-Sha256": createHash("sha256").update(bytes).digest("hex"),
      },
    });
    await drain(response);
    if (!response.ok) throw new S3StorageError(`S3 PUT ${key} failed: HTTP ${response.status}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.client.fetch(this.urlOf(key), { method: "GET" });
    if (response.status === 404) {
      await drain(response);
      return null;
    }
    if (!response.ok) {
      await drain(response);
      throw new S3StorageError(`S3 GET ${key} failed: HTTP ${response.status}`);
    }
    return new Uint8Array(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.client.fetch(this.urlOf(key), { method: "DELETE" });
    await drain(response);
    // S3 answers 204 whether or not the key existed; some compatible stores answer 404.
    if (!response.ok && response.status !== 404) throw new S3StorageError(`S3 DELETE ${key} failed: HTTP ${response.status}`);
  }
}

async function drain(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // already consumed or closed
  }
}
