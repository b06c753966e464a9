import "server-only";
// The photo store chosen by the environment: STORAGE_DRIVER=local (default, STORAGE_DIR) or s3 (S3_*).
import { env } from "../env";
import { LocalFileStorage } from "./local";
import { S3FileStorage } from "./s3";
import type { FileStorage } from "./types";

export type { FileStorage } from "./types";
export { LocalFileStorage } from "./local";
export { S3FileStorage, type S3StorageConfig } from "./s3";

let cached: FileStorage | undefined;

export function getStorage(): FileStorage {
  cached ??= createStorage();
  return cached;
}

function createStorage(): FileStorage {
  const e = env();
  if (e.STORAGE_DRIVER === "s3") {
    // env() has already refused s3 without a bucket and credentials.
    return new S3FileStorage({
      bucket: e.S3_BUCKET!,
      endpoint: e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`,
      region: e.S3_REGION,
      accessKeyId: e.S3_ACCESS_KEY_ID!,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
    });
  }
  return new LocalFileStorage(e.STORAGE_DIR);
}
