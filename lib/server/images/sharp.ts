import "server-only";
// sharp as the server uses it. Each photo is decoded once (uploads, the PDF's portrait), so libvips'
// operation cache (50 MB by default) only holds memory after a burst of uploads: it is off
// (docs/decisions/0026).
import sharp from "sharp";

sharp.cache(false);

export default sharp;
export type { Metadata, Sharp } from "sharp";
