// What a declaration photo must be, known once for the browser (which checks and downscales before
// upload) and the server (which re-checks and re-encodes whatever it receives).
export const PHOTO_KINDS = ["portrait", "idFront", "idBack"] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

/** Per file, before processing (clients that do not downscale send the camera's original). */
export const PHOTO_MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Smallest image still readable by an officer: shorter × longer side, in pixels. */
export const PHOTO_MIN_SIZE: Record<PhotoKind, readonly [number, number]> = {
  portrait: [120, 160],
  idFront: [240, 240],
  idBack: [240, 240],
};

/** The stored image fits inside this box (width × height); smaller images are not enlarged. */
export const PHOTO_OUTPUT_BOX: Record<PhotoKind, readonly [number, number]> = {
  portrait: [600, 800],
  idFront: [1600, 1600],
  idBack: [1600, 1600],
};

/** The portrait's shape on the printed Tờ khai (a 3×4 photo): width ÷ height. */
export const PORTRAIT_ASPECT = 3 / 4;

export type CropRegion = { x: number; y: number; width: number; height: number };

/**
 * The largest centred 3:4 region of a width × height image: the browser crops the portrait to it before
 * upload, and the preview shows exactly what will be sent.
 */
export function portraitCrop(width: number, height: number): CropRegion {
  if (width / height > PORTRAIT_ASPECT) {
    const w = Math.max(1, Math.round(height * PORTRAIT_ASPECT));
    return { x: Math.floor((width - w) / 2), y: 0, width: w, height };
  }
  const h = Math.max(1, Math.round(width / PORTRAIT_ASPECT));
  return { x: 0, y: Math.floor((height - h) / 2), width, height: h };
}

/** A "portrait" wider than tall was most likely taken with the phone held sideways: the person is warned. */
export function isLandscape(width: number, height: number): boolean {
  return width > height;
}
