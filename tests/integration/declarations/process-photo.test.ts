// The server's photo pipeline on real image files: type by content, limits, orientation, metadata stripped.
import { createHash } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { describeFieldIssue } from "@/lib/server/api/http";
import { processPhoto, sniffImageType, type PhotoProblem, type PhotoResult } from "@/lib/server/images/process-photo";

/** The refusal as the API words it (the edge adds the photo's label and sizes in megabytes). */
const describePhotoProblem = (problem: PhotoProblem, locale: Locale = "vi") =>
  describeFieldIssue({ path: problem.kind, key: problem.messageKey, params: problem.params, photo: problem.kind }, locale).message;
import {
  hugeCompressiblePng,
  idCardJpeg,
  metadataOf,
  oversizeJpeg,
  phonePhotoJpeg,
  pixelFloodPng,
  portraitJpeg,
  smallJpeg,
  textFileNamedJpg,
  transparentPng,
  webpPhoto,
} from "@/tests/fixtures/photo-files";

function expectOk(result: PhotoResult) {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.photo;
}

function expectRefused(result: PhotoResult) {
  if (result.ok) throw new Error("accepted");
  return result.problem;
}

describe("processPhoto", () => {
  let phone: Buffer;
  beforeAll(async () => {
    phone = await phonePhotoJpeg({ seed: 7, orientation: 6, gps: true });
  });

  it("the phone-photo fixture is what a phone writes: 3–4 MB, 4000×3000 sensor image, orientation 6, EXIF with GPS", async () => {
    expect(phone.byteLength).toBeGreaterThan(3 * 1024 * 1024);
    expect(phone.byteLength).toBeLessThan(4.5 * 1024 * 1024);
    const meta = await metadataOf(phone);
    expect(meta).toMatchObject({ format: "jpeg", width: 4000, height: 3000, orientation: 6, hasExif: true, hasGps: true });
  });

  it("applies the EXIF orientation (width and height swap), fits inside 1600×1600 and strips EXIF, GPS, XMP and ICC", async () => {
    const photo = expectOk(await processPhoto("idFront", phone));
    expect(photo).toMatchObject({ width: 1200, height: 1600, mediaType: "image/jpeg", sourceFormat: "jpeg", sourceSize: phone.byteLength });
    expect(photo.size).toBe(photo.bytes.byteLength);
    expect(photo.size).toBeLessThan(1024 * 1024);
    expect(photo.sha256).toBe(createHash("sha256").update(photo.bytes).digest("hex"));
    const meta = await metadataOf(photo.bytes);
    expect(meta).toEqual({ format: "jpeg", width: 1200, height: 1600, orientation: undefined, hasExif: false, hasGps: false, hasXmp: false, hasIcc: false });
    expect(photo.bytes.includes(Buffer.from("BHXH-TestPhone"))).toBe(false);
    expect(photo.bytes.includes(Buffer.from("WGS-84"))).toBe(false);
  });

  it("turns the pixels, not just the numbers: the top of the upright image is the left of the sensor image", async () => {
    // Sensor image: left half black, right half white; orientation 6 turns it 90° clockwise, so the
    // left (black) half ends up at the top.
    const half = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#fff" } })
      .composite([{ input: { create: { width: 400, height: 400, channels: 3, background: "#000" } }, left: 0, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const photo = expectOk(await processPhoto("idBack", half));
    expect([photo.width, photo.height]).toEqual([400, 800]);
    const { data } = await sharp(photo.bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(data[200 * 400 + 200]).toBeLessThan(40); // upper half: black
    expect(data[600 * 400 + 200]).toBeGreaterThan(215); // lower half: white
  });

  it("fits a portrait inside 600×800", async () => {
    const photo = expectOk(await processPhoto("portrait", phone));
    expect([photo.width, photo.height]).toEqual([600, 800]);
    const small = expectOk(await processPhoto("portrait", await portraitJpeg()));
    expect([small.width, small.height]).toEqual([480, 640]); // never enlarged
  });

  it("accepts a PNG named .jpg by its content and re-encodes it to JPEG, transparency on white", async () => {
    const png = await transparentPng();
    expect(sniffImageType(png)).toBe("png");
    const photo = expectOk(await processPhoto("idFront", png));
    expect(photo.sourceFormat).toBe("png");
    expect((await metadataOf(photo.bytes)).format).toBe("jpeg");
    const { data } = await sharp(photo.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(Array.from(data.subarray(0, 3)).every((v) => v > 245)).toBe(true); // the transparent corner is white, not black
  });

  it("accepts WebP and an ID card photo as they are", async () => {
    expect(expectOk(await processPhoto("idFront", await webpPhoto())).sourceFormat).toBe("webp");
    const card = expectOk(await processPhoto("idFront", await idCardJpeg()));
    expect([card.width, card.height]).toEqual([1200, 756]);
  });

  it("refuses a text file named .jpg as not an image (415), without decoding it", async () => {
    const problem = expectRefused(await processPhoto("portrait", textFileNamedJpg()));
    expect(problem).toMatchObject({ code: "photoUnsupportedType", status: 415, kind: "portrait" });
    expect(describePhotoProblem(problem)).toBe("Ảnh chân dung không phải là ảnh JPG, PNG, WebP hoặc HEIC. Chọn đúng tệp ảnh");
    expect(describePhotoProblem(problem, "en")).toMatch(/^The portrait photo is not a JPG/);
  });

  it("refuses formats outside the four families even when sharp could read them (SVG, GIF, TIFF)", async () => {
    const gif = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#123" } }).gif().toBuffer();
    const tiff = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#123" } }).tiff().toBuffer();
    const svgFile = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400"/></svg>');
    for (const bytes of [gif, tiff, svgFile]) expect(expectRefused(await processPhoto("idFront", bytes)).status).toBe(415);
  });

  it("refuses a corrupt JPEG as unreadable (415)", async () => {
    const card = await idCardJpeg();
    const broken = Buffer.concat([card.subarray(0, 20), Buffer.alloc(4000, 0x41)]);
    expect(expectRefused(await processPhoto("idFront", broken))).toMatchObject({ code: "photoUnreadable", status: 415 });
  });

  it("refuses a pixel flood before decoding: a 100-byte PNG claiming 20000×20000, and a real 48 MP PNG (413)", async () => {
    const bomb = pixelFloodPng();
    expect(bomb.byteLength).toBeLessThan(200);
    const started = performance.now();
    const problem = expectRefused(await processPhoto("idFront", bomb));
    expect(performance.now() - started).toBeLessThan(2000); // decoding 400 MP would take many seconds and 1.2 GB
    expect(problem).toMatchObject({ code: "photoTooManyPixels", status: 413, params: { width: 20000, height: 20000 } });
    expect(describePhotoProblem(problem)).toContain("20000×20000");

    const huge = await hugeCompressiblePng();
    expect(huge.byteLength).toBeLessThan(PHOTO_MAX);
    expect(expectRefused(await processPhoto("idFront", huge))).toMatchObject({ code: "photoTooManyPixels", status: 413 });
  });

  it("refuses a file over 10 MB before looking at it (413), naming its size", async () => {
    const problem = expectRefused(await processPhoto("idBack", await oversizeJpeg()));
    expect(problem).toMatchObject({ code: "photoTooLarge", status: 413 });
    expect(describePhotoProblem(problem)).toBe("Ảnh mặt sau giấy tờ có dung lượng 10 MB, lớn hơn mức tối đa 10 MB. Chọn ảnh nhỏ hơn hoặc chụp lại");
    const bigger = expectRefused(await processPhoto("idBack", await oversizeJpeg(12.4 * 1024 * 1024)));
    expect(describePhotoProblem(bigger)).toContain("12,4 MB");
    expect(describePhotoProblem(bigger, "en")).toContain("12.4 MB");
  });

  it("refuses images too small to read (422): ID under 240 px on the short side, portrait under 120×160", async () => {
    expect(expectRefused(await processPhoto("idFront", await smallJpeg(320, 200)))).toMatchObject({ code: "photoTooSmall", status: 422 });
    expect(expectOk(await processPhoto("idFront", await smallJpeg(320, 240))).width).toBe(320);
    expect(expectRefused(await processPhoto("portrait", await smallJpeg(100, 150)))).toMatchObject({ code: "photoTooSmall" });
    expect(expectOk(await processPhoto("portrait", await smallJpeg(120, 160))).height).toBe(160);
  });
});

const PHOTO_MAX = 10 * 1024 * 1024;
