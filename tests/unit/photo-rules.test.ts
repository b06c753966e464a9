import { describe, expect, it } from "vitest";
import { isLandscape, portraitCrop, PORTRAIT_ASPECT } from "@/lib/domain/photo-rules";

describe("portraitCrop (the portrait cropped to 3:4 on the device)", () => {
  it("takes the centred full-height band of a landscape or square image", () => {
    expect(portraitCrop(4000, 3000)).toEqual({ x: 875, y: 0, width: 2250, height: 3000 });
    expect(portraitCrop(1000, 1000)).toEqual({ x: 125, y: 0, width: 750, height: 1000 });
  });

  it("takes the centred full-width band of an image taller than 3:4", () => {
    expect(portraitCrop(1080, 1920)).toEqual({ x: 0, y: 240, width: 1080, height: 1440 });
  });

  it("leaves an image already 3:4 whole", () => {
    expect(portraitCrop(3000, 4000)).toEqual({ x: 0, y: 0, width: 3000, height: 4000 });
    const { width, height } = portraitCrop(601, 799);
    expect(Math.abs(width / height - PORTRAIT_ASPECT)).toBeLessThan(0.01);
  });
});

describe("isLandscape", () => {
  it("is true only for an image wider than tall", () => {
    expect(isLandscape(4000, 3000)).toBe(true);
    expect(isLandscape(3000, 4000)).toBe(false);
    expect(isLandscape(1000, 1000)).toBe(false);
  });
});
