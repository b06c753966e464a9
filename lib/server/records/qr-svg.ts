import "server-only";
// A QR code as one SVG path (no image, no data: URL), drawn inline by the page at any size.
import QRCode from "qrcode";

const QUIET_ZONE = 4;

export function qrSvgPath(text: string): { path: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { path: parts.join(""), size: modules.size + 2 * QUIET_ZONE };
}
