// PLACEHOLDER (lang-infra branch only): the English text, so the catalog compiles until the real
// ja translation (written on the lang-cjk branch, same path and export) is merged over this file.
import type { Messages } from "../../catalog";
import { home as viAndEn } from "../home";

export const home: Messages<"home"> = viAndEn.en;
