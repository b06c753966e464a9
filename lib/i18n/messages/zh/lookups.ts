// PLACEHOLDER (lang-infra branch only): the English text, so the catalog compiles until the real
// zh translation (written on the lang-cjk branch, same path and export) is merged over this file.
import type { Messages } from "../../catalog";
import { lookups as viAndEn } from "../lookups";

export const lookups: Messages<"lookups"> = viAndEn.en;
