// PLACEHOLDER until the zh translation lands: the English text, so the catalog compiles.
import type { Messages } from "../../catalog";
import { records as viAndEn } from "../records";

export const records: Messages<"records"> = viAndEn.en;
