// PLACEHOLDER (lang-infra branch only): the English text, so the catalog compiles until the real
// ja translation (written on the lang-cjk branch, same path and export) is merged over this file.
import type { Messages } from "../../catalog";
import { declaration as viAndEn } from "../declaration";

export const declaration: Messages<"declaration"> = viAndEn.en;
