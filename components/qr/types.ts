// Shapes shared by the QR-fill pieces of the declaration wizard.
import type { Messages } from "@/lib/i18n/catalog";

/** The "qr" strings of the visitor's language, passed down from the server component. */
export type QrStrings = Messages<"qr">;
