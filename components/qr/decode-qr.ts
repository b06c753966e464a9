// Finds QR codes in a photo or in camera frames, in the browser: the browser's own BarcodeDetector where it
// reads QR codes, else zxing-wasm, imported only when first needed (it is not part of the wizard's first
// load) with its .wasm served by the portal itself (/vendor/zxing_reader.wasm: no CDN, works offline).
// Nothing leaves the device.

type BarcodeDetectorLike = { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> };
type BarcodeDetectorClass = (new (options: { formats: string[] }) => BarcodeDetectorLike) & { getSupportedFormats?: () => Promise<string[]> };

type Zxing = typeof import("zxing-wasm/reader");

/** Photos are read at this longest side first (a QR on an ID card photo stays several pixels per module), then at full size. */
const FIRST_PASS_MAX_SIDE = 2000;
const FULL_PASS_MAX_SIDE = 4096;
/** Camera frames: enough to read a card held in front of the lens, small enough for 4–6 frames a second on a phone. */
const FRAME_MAX_SIDE = 1280;

let native: Promise<BarcodeDetectorLike | null> | undefined;
let zxing: Promise<Zxing> | undefined;

function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  native ??= (async () => {
    const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
    if (!Detector) return null;
    try {
      const formats = (await Detector.getSupportedFormats?.()) ?? [];
      return formats.includes("qr_code") ? new Detector({ formats: ["qr_code"] }) : null;
    } catch {
      return null;
    }
  })();
  return native;
}

/** zxing-wasm, prepared to fetch its .wasm from the portal. Also fetched ahead of time by preloadQrDecoder. */
function loadZxing(): Promise<Zxing> {
  zxing ??= import("zxing-wasm/reader").then((module) => {
    module.prepareZXingModule({
      overrides: {
        locateFile: (file: string, prefix: string) => (file.endsWith(".wasm") ? `/vendor/zxing_reader.wasm?v=${module.ZXING_WASM_VERSION}` : prefix + file),
      },
      fireImmediately: false,
    });
    return module;
  });
  zxing.catch(() => (zxing = undefined)); // a failed download may be retried later
  return zxing;
}

/** Starts loading whichever decoder this browser will use, so the first decode does not wait for it. */
export function preloadQrDecoder(): void {
  void (async () => {
    if (await nativeDetector()) return;
    // Instantiates the module (downloads the .wasm) with the overrides given in loadZxing.
    await (await loadZxing()).prepareZXingModule({ fireImmediately: true });
  })().catch(() => undefined);
}

async function readWithZxing(image: ImageData): Promise<string[]> {
  const { readBarcodes } = await loadZxing();
  const results = await readBarcodes(image, { formats: ["QRCode"], tryHarder: true, tryRotate: true, tryInvert: true, tryDownscale: true, maxNumberOfSymbols: 4 });
  return results.filter((r) => r.isValid && r.text !== "").map((r) => r.text);
}

/** The pixels of an image or video frame, scaled down so its longest side is at most maxSide. */
function pixelsOf(source: CanvasImageSource, width: number, height: number, maxSide: number, canvas: HTMLCanvasElement = document.createElement("canvas")): ImageData | null {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, w, h);
  return context.getImageData(0, 0, w, h);
}

/**
 * The texts of the QR codes in a photo (JPEG, PNG, WebP; the EXIF orientation does not matter to a QR
 * reader). Empty when there is none or the image cannot be decoded. Throws only when no decoder could load.
 */
export async function decodeQrFromImage(file: Blob): Promise<string[]> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return [];
  }
  try {
    const detector = await nativeDetector();
    if (detector) {
      const found = await detector.detect(bitmap).catch(() => []);
      if (found.length > 0) return found.map((b) => b.rawValue).filter((text) => text !== "");
      // Some platforms' detectors miss blurred codes that zxing reads: fall through to it.
    }
    const { width, height } = bitmap;
    const first = pixelsOf(bitmap, width, height, FIRST_PASS_MAX_SIDE);
    const texts = first ? await readWithZxing(first) : [];
    if (texts.length > 0 || Math.max(width, height) <= FIRST_PASS_MAX_SIDE) return texts;
    const full = pixelsOf(bitmap, width, height, FULL_PASS_MAX_SIDE);
    return full ? await readWithZxing(full) : [];
  } finally {
    bitmap.close();
  }
}

export type FrameDecoder = (video: HTMLVideoElement) => Promise<string[]>;

/** A decoder for the frames of a playing <video> (the camera preview), prepared once per scanning session. */
export async function createFrameDecoder(): Promise<FrameDecoder> {
  const detector = await nativeDetector();
  if (detector) {
    return async (video) => (video.videoWidth ? (await detector.detect(video)).map((b) => b.rawValue).filter((text) => text !== "") : []);
  }
  await loadZxing();
  const canvas = document.createElement("canvas");
  return async (video) => {
    if (!video.videoWidth || !video.videoHeight) return [];
    const pixels = pixelsOf(video, video.videoWidth, video.videoHeight, FRAME_MAX_SIDE, canvas);
    return pixels ? readWithZxing(pixels) : [];
  };
}
