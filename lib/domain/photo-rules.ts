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
