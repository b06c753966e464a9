// PLACEHOLDER (lang-infra branch only): the English text, so the catalog compiles until the real
// zh translation (written on the lang-cjk branch, same path and export) is merged over this file.
import type { Messages } from "../../catalog";
import { validation as viAndEn } from "../validation";

export const validation: Messages<"validation"> = viAndEn.en;
