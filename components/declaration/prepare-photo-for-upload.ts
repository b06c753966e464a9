// Prepares a photo in the browser before upload: checks what the file really is (by its first bytes),
// its size, and that it is big enough to read; then decodes it honouring the EXIF orientation, downscales
// it and re-encodes it as JPEG, so three phone photos travel as a few hundred KB instead of 10+ MB.
// The JPEG made here carries no metadata (no GPS); the server re-checks and re-encodes anyway.
import { isLandscape, PHOTO_MAX_INPUT_BYTES, PHOTO_MIN_SIZE, PHOTO_OUTPUT_BOX, portraitCrop, type CropRegion } from "@/lib/domain/photo-rules";
import type { Photo, PhotoKind } from "./types";

/** The file a file input just received; the input is emptied so that choosing the same file again fires `change` again. */
export function takeChosenFile(input: HTMLInputElement): File | undefined {
  const file = input.files?.[0];
  input.value = "";
  return file;
}

/** The most a chosen file may weigh before processing, as the server allows for clients that do not downscale. */
export const MAX_PHOTO_BYTES = PHOTO_MAX_INPUT_BYTES;

/**
 * Longest side after downscaling (the server's stored size: more would be wasted bandwidth), and the
 * smallest readable photo: the rules the server applies (lib/domain/photo-rules.ts), so the browser
 * refuses exactly what the server would.
 */
export const PHOTO_LIMITS: Record<PhotoKind, { maxSide: number; minSize: readonly [number, number] }> = {
  portrait: { maxSide: Math.max(...PHOTO_OUTPUT_BOX.portrait), minSize: PHOTO_MIN_SIZE.portrait },
  idFront: { maxSide: Math.max(...PHOTO_OUTPUT_BOX.idFront), minSize: PHOTO_MIN_SIZE.idFront },
  idBack: { maxSide: Math.max(...PHOTO_OUTPUT_BOX.idBack), minSize: PHOTO_MIN_SIZE.idBack },
};

const JPEG_QUALITY = 0.85;

export type PhotoProblem =
  | { code: "wrongType" | "tooLarge" | "unreadable" | "heicUnsupported" }
  | { code: "tooSmall"; width: number; height: number; min: number };

type Sniffed = "jpeg" | "png" | "webp" | "heif" | null;

/** The image format from the file's first bytes (never its name or its claimed type). */
async function sniff(file: Blob): Promise<Sniffed> {
  const b = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const ascii = (from: number, to: number) => String.fromCharCode(...b.slice(from, to));
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b[0] === 0x89 && ascii(1, 4) === "PNG") return "png";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(4, 8) === "ftyp" && /^(hei[cmsx]|hev[cmsx]|mif1|msf1|avif)$/.test(ascii(8, 12))) return "heif";
  return null;
}

type Decoded = { source: CanvasImageSource; width: number; height: number; close: () => void };

async function decode(file: Blob): Promise<Decoded | null> {
  if (typeof createImageBitmap === "function") {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // Fall through: some browsers refuse the options object, or the format.
    }
  }
  // <img> applies the EXIF orientation itself (CSS image-orientation: from-image is the default).
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    if (!img.naturalWidth || !img.naturalHeight) return null;
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) };
  } catch {
    URL.revokeObjectURL(url);
    return null;
  }
}

function encodeJpeg(decoded: Decoded, region: CropRegion, width: number, height: number): Promise<Blob | null> {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.resolve(null);
  // JPEG has no transparency: a transparent PNG would otherwise turn black.
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(decoded.source, region.x, region.y, region.width, region.height, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), "image/jpeg", JPEG_QUALITY));
}

export async function processPhoto(file: File, kind: PhotoKind): Promise<{ ok: true; photo: Photo } | { ok: false; problem: PhotoProblem }> {
  const format = await sniff(file);
  if (format === null) return { ok: false, problem: { code: file.size === 0 ? "unreadable" : "wrongType" } };
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, problem: { code: "tooLarge" } };

  const decoded = await decode(file);
  if (!decoded) return { ok: false, problem: { code: format === "heif" ? "heicUnsupported" : "unreadable" } };
  try {
    const { maxSide, minSize } = PHOTO_LIMITS[kind];
    // The portrait is cropped here to the 3:4 of the printed form, so the preview is what will be sent.
    const region: CropRegion = kind === "portrait" ? portraitCrop(decoded.width, decoded.height) : { x: 0, y: 0, width: decoded.width, height: decoded.height };
    const { width, height } = region;
    if (Math.min(width, height) < minSize[0] || Math.max(width, height) < minSize[1]) {
      return { ok: false, problem: { code: "tooSmall", width, height, min: minSize[0] } };
    }
    const landscape = kind === "portrait" && isLandscape(decoded.width, decoded.height);
    const scale = Math.min(1, maxSide / Math.max(width, height));
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const blob = await encodeJpeg(decoded, region, w, h).catch(() => null);
    // Out of memory on a very old phone, say: the original goes, and the server downscales it.
    if (!blob) return { ok: true, photo: { blob: file, name: file.name, width: decoded.width, height: decoded.height, reencoded: false, landscape } };
    return { ok: true, photo: { blob, name: file.name, width: w, height: h, reencoded: true, landscape } };
  } finally {
    decoded.close();
  }
}
