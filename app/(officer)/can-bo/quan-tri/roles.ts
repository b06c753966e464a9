import type { Messages } from "@/lib/i18n/catalog";
import { STAFF_ROLES } from "@/lib/schemas/back-office";

export const roleOptions = (t: Messages<"officer">) => STAFF_ROLES.map((value) => ({ value, label: t[`role_${value}`] }));
