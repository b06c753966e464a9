import "server-only";
// Re-validates and re-encodes a declaration photo on the server, whatever the browser did before:
// the real type from the bytes (never the file name or the declared type), size and pixel limits,
// EXIF orientation applied, every piece of metadata (EXIF, GPS, XMP, ICC) dropped, a bounded JPEG out.
import { createHash } from "node:crypto";
import sharp, { type Metadata, type Sharp } from "./sharp";
import { translate } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/config";

import { PHOTO_KINDS, PHOTO_MAX_INPUT_BYTES, PHOTO_MIN_SIZE, PHOTO_OUTPUT_BOX, type PhotoKind } from "@/lib/domain/photo-rules";
import { intlLocale } from "@/lib/i18n/format";

export { PHOTO_KINDS, type PhotoKind };

export const PHOTO_LIMITS = {
  maxInputBytes: PHOTO_MAX_INPUT_BYTES,
  /** Refuses pixel floods (a tiny file declaring a huge canvas) before anything is decoded. 40 MP > any phone's main camera in JPEG. */
  maxInputPixels: 40_000_000,
  minSize: PHOTO_MIN_SIZE,
  outputBox: PHOTO_OUTPUT_BOX,
  jpegQuality: 82,
} as const;

/** The output settings, exported so the benchmark measures sharp alone with exactly the same pipeline. */
export const PHOTO_JPEG_OPTIONS = { quality: PHOTO_LIMITS.jpegQuality, mozjpeg: false } as const;

export type SourceFormat = "jpeg" | "png" | "webp" | "heif";

export type ProcessedPhoto = {
  kind: PhotoKind;
  /** The re-encoded JPEG, without any metadata. */
  bytes: Buffer;
  mediaType: "image/jpeg";
  width: number;
  height: number;
  /** Size of `bytes`. */
  size: number;
  /** sha256 of `bytes`, hex. */
  sha256: string;
  sourceFormat: SourceFormat;
  sourceSize: number;
};

export type PhotoErrorCode =
  | "photoTooLarge"
  | "photoTooManyPixels"
  | "photoUnsupportedType"
  | "photoHeicUnsupported"
  | "photoUnreadable"
  | "photoTooSmall";

/** A refused photo: an HTTP status, a stable code and the i18n key with its parameters. */
export type PhotoProblem = {
  kind: PhotoKind;
  code: PhotoErrorCode;
  status: 413 | 415 | 422;
  messageKey: `declaration.server_${PhotoErrorCode}`;
  params: Record<string, string | number>;
};

export type PhotoResult = { ok: true; photo: ProcessedPhoto } | { ok: false; problem: PhotoProblem };

/** How severe each refusal is, as the HTTP status the API answers it with (lib/server/api/http.ts uses this table). */
export const PHOTO_PROBLEM_STATUS: Record<PhotoErrorCode, 413 | 415 | 422> = {
  photoTooLarge: 413,
  photoTooManyPixels: 413,
  photoUnsupportedType: 415,
  photoHeicUnsupported: 415,
  photoUnreadable: 415,
  photoTooSmall: 422,
};

function refuse(kind: PhotoKind, code: PhotoErrorCode, params: Record<string, string | number> = {}): PhotoResult {
  return { ok: false, problem: { kind, code, status: PHOTO_PROBLEM_STATUS[code], messageKey: `declaration.server_${code}`, params } };
}

// ---------------------------------------------------------------------------------------------
// Type by content

type Sniffed = SourceFormat | "heic";

const HEVC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs"]);
const HEIF_BRANDS = new Set(["mif1", "msf1", "avif", "avis", ...HEVC_BRANDS]);

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The format the magic bytes announce, or null: only these four families ever reach the decoder. */
export function sniffImageType(bytes: Uint8Array): Sniffed | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    if (HEVC_BRANDS.has(brand)) return "heic";
    if (HEIF_BRANDS.has(brand)) return "heif";
  }
  return null;
}

/**
 * Whether this sharp build decodes HEVC-coded HEIF (iPhone HEIC). The prebuilt libvips ships libheif
 * with AV1 only (AVIF), for patent reasons; a self-built libvips with libde265 lists ".heic".
 */
export const HEIC_DECODABLE: boolean = sharp.format.heif?.input.fileSuffix?.includes(".heic") ?? false;

// ---------------------------------------------------------------------------------------------

const DECODE_OPTIONS = {
  limitInputPixels: PHOTO_LIMITS.maxInputPixels,
  // A slightly odd but viewable phone photo is accepted (the officer judges it); a broken one is not.
  failOn: "error",
} as const;

/**
 * Checks and re-encodes one photo. Never throws for bad input: a refusal comes back as a PhotoProblem
 * (413 too large, 415 not a usable image, 422 too small to read).
 */
export async function processPhoto(kind: PhotoKind, input: Uint8Array): Promise<PhotoResult> {
  if (input.byteLength > PHOTO_LIMITS.maxInputBytes) {
    return refuse(kind, "photoTooLarge", { sizeBytes: input.byteLength, maxBytes: PHOTO_LIMITS.maxInputBytes });
  }
  const sniffed = sniffImageType(input);
  if (sniffed === null) return refuse(kind, "photoUnsupportedType");
  if (sniffed === "heic" && !HEIC_DECODABLE) return refuse(kind, "photoHeicUnsupported");

  let meta: Metadata;
  try {
    // Only the header is read here, so the pixel limit is checked below with the real numbers to report.
    meta = await sharp(input, { ...DECODE_OPTIONS, limitInputPixels: false }).metadata();
  } catch (error) {
    return refuseDecodeError(kind, error);
  }
  const format = meta.format as string | undefined;
  const sourceFormat: SourceFormat | undefined = format === "jpeg" || format === "png" || format === "webp" || format === "heif" ? format : undefined;
  // The decoder must agree with the magic bytes (a HEIC sniffed as "heic" decodes as "heif").
  if (sourceFormat === undefined || sourceFormat !== (sniffed === "heic" ? "heif" : sniffed)) return refuse(kind, "photoUnsupportedType");
  if (sourceFormat === "heif" && meta.compression === "hevc" && !HEIC_DECODABLE) return refuse(kind, "photoHeicUnsupported");

  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) return refuse(kind, "photoUnreadable");
  if (width * height > PHOTO_LIMITS.maxInputPixels) {
    return refuse(kind, "photoTooManyPixels", { width, height, maxMegapixels: PHOTO_LIMITS.maxInputPixels / 1_000_000 });
  }
  const [minShort, minLong] = PHOTO_LIMITS.minSize[kind];
  if (Math.min(width, height) < minShort || Math.max(width, height) < minLong) {
    return refuse(kind, "photoTooSmall", { width, height, minWidth: minShort, minHeight: minLong });
  }

  try {
    const { data, info } = await photoPipeline(input, kind, meta.hasAlpha === true).toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      photo: {
        kind,
        bytes: data,
        mediaType: "image/jpeg",
        width: info.width,
        height: info.height,
        size: data.byteLength,
        sha256: createHash("sha256").update(data).digest("hex"),
        sourceFormat,
        sourceSize: input.byteLength,
      },
    };
  } catch (error) {
    return refuseDecodeError(kind, error);
  }
}

/**
 * The re-encoding pipeline: EXIF orientation applied, transparency flattened on white, fitted inside the
 * kind's box, baseline JPEG. sharp writes no metadata unless asked (no keepExif/withMetadata here), and
 * converts to sRGB without embedding a profile.
 */
export function photoPipeline(input: Uint8Array, kind: PhotoKind, hasAlpha: boolean): Sharp {
  const [boxWidth, boxHeight] = PHOTO_LIMITS.outputBox[kind];
  let pipeline = sharp(input, DECODE_OPTIONS).rotate();
  if (hasAlpha) pipeline = pipeline.flatten({ background: "#ffffff" });
  return pipeline.resize({ width: boxWidth, height: boxHeight, fit: "inside", withoutEnlargement: true }).jpeg(PHOTO_JPEG_OPTIONS);
}

function refuseDecodeError(kind: PhotoKind, error: unknown): PhotoResult {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return refuse(kind, "photoTooManyPixels", { width: "?", height: "?", maxMegapixels: PHOTO_LIMITS.maxInputPixels / 1_000_000 });
  return refuse(kind, "photoUnreadable");
}

/** "Ảnh chân dung", "Ảnh mặt trước giấy tờ"…: how messages name each photo. */
export function photoLabel(kind: PhotoKind, locale: Locale = "vi"): string {
  return translate(locale, `declaration.server_photoLabel_${kind}`);
}

/**
 * The parameters of a message about one photo, in the person's language: its label ("Ảnh chân dung") and
 * byte sizes as megabytes ("12,4 MB"). Used at the edge (lib/server/api/http.ts).
 */
export function photoMessageParams(kind: PhotoKind, params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const described: Record<string, string | number> = { ...params, label: photoLabel(kind, locale) };
  for (const key of ["sizeBytes", "maxBytes"]) {
    const bytes = params[key];
    if (typeof bytes === "number") described[key.replace("Bytes", "")] = formatMegabytes(bytes, locale);
  }
  return described;
}

function formatMegabytes(bytes: number, locale: Locale): string {
  const mb = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
  return `${mb} MB`;
}
