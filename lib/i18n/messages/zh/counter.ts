// PLACEHOLDER until the zh translation lands: the English text, so the catalog compiles.
import type { Messages } from "../../catalog";
import { counter as viAndEn } from "../counter";

export const counter: Messages<"counter"> = viAndEn.en;
