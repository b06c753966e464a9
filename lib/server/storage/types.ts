// The small interface every photo store implements: the local folder and the S3-compatible bucket.

/** Where declaration photos live. Keys are made by the server ("declarations/<uuid>/portrait-<random>.jpg"), never by a client. */
export interface FileStorage {
  /** Stores `bytes` under `key`, replacing what was there; the object is complete or absent, never partial. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes stored under `key`, or null when there is none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes `key`; removing a key that does not exist is not an error. */
  delete(key: string): Promise<void>;
}

/** A key as the server makes them: path segments of letters, digits, ".", "_" and "-", no "." or ".." segment. */
const KEY = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Throws unless `key` is a safe storage key: defence in depth, since keys never come from clients. */
export function assertStorageKey(key: string): void {
  if (key.length > 512 || !KEY.test(key) || key.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}
