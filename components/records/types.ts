import type { Messages } from "@/lib/i18n/catalog";

export type RecordsMessages = Messages<"records">;
