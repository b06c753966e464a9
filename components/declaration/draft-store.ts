// "Nothing lost": the wizard's text fields live in localStorage and its photos in IndexedDB until the
// declaration is sent, so a reload, a crash or a dropped connection costs nothing. One draft per
// purpose: a new declaration, or the correction of one rejected declaration.
import type { PhoneVerification } from "./phone-verification";
import type { Photo, PhotoKind, WizardValues } from "./types";

export type Draft = {
  values: WizardValues;
  step: number;
  /** One key per series of attempts to send the same declaration: a retry is not a duplicate. */
  idempotencyKey: string | null;
  /** The confirmed phone's token, kept while valid so a reload does not ask for a new SMS code. */
  phoneVerification?: PhoneVerification | null;
  savedAt: number;
};

const VERSION = 1;
/** A draft left untouched this long is forgotten: it holds personal data on a possibly shared device. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export function draftKey(correctionOf: string | null): string {
  return correctionOf ? `bhxh:dang-ky:v${VERSION}:sua:${correctionOf}` : `bhxh:dang-ky:v${VERSION}`;
}

export function loadDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    if (typeof draft !== "object" || draft === null || typeof draft.values !== "object" || Date.now() - draft.savedAt > MAX_AGE_MS) {
      window.localStorage.removeItem(key);
      return null;
    }
    return draft;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: Omit<Draft, "savedAt">): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ ...draft, savedAt: Date.now() }));
  } catch {
    // Private mode or a full quota: the form still works, it just cannot survive a reload.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // As above.
  }
}

// ---------------------------------------------------------------------------------------------
// Photos in IndexedDB (Blobs are stored as they are; localStorage only takes strings)

const DB_NAME = "bhxh-dang-ky";
const STORE = "photos";

function openDb(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === "undefined") return resolve(null);
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  try {
    return await new Promise<T | undefined>((resolve) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => resolve(undefined);
      tx.onabort = () => resolve(undefined);
    });
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

export function savePhoto(key: string, kind: PhotoKind, photo: Photo | undefined): Promise<unknown> {
  return withStore<unknown>("readwrite", (store) =>
    photo ? (store.put({ ...photo, savedAt: Date.now() }, `${key}:${kind}`) as IDBRequest<unknown>) : (store.delete(`${key}:${kind}`) as IDBRequest<unknown>),
  );
}

export async function loadPhotos(key: string): Promise<Partial<Record<PhotoKind, Photo>>> {
  const result: Partial<Record<PhotoKind, Photo>> = {};
  for (const kind of ["portrait", "idFront", "idBack"] as const) {
    const stored = await withStore<(Photo & { savedAt: number }) | undefined>("readonly", (store) => store.get(`${key}:${kind}`));
    if (stored && stored.blob instanceof Blob && Date.now() - stored.savedAt <= MAX_AGE_MS) {
      result[kind] = { blob: stored.blob, name: stored.name, width: stored.width, height: stored.height, reencoded: stored.reencoded };
    }
  }
  return result;
}

export async function clearPhotos(key: string): Promise<void> {
  for (const kind of ["portrait", "idFront", "idBack"] as const) await savePhoto(key, kind, undefined);
}
