// PLACEHOLDER until the ko translation lands: the English text, so the catalog compiles.
import type { Messages } from "../../catalog";
import { vneid as viAndEn } from "../vneid";

export const vneid: Messages<"vneid"> = viAndEn.en;
