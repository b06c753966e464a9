// PLACEHOLDER until the ko translation lands: the English text, so the catalog compiles.
import type { Messages } from "../../catalog";
import { site as viAndEn } from "../site";

export const site: Messages<"site"> = viAndEn.en;
