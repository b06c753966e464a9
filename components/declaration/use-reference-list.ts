// Loads the communes of a province and the offices of a province from the public API, with a small
// in-memory cache, so changing the province fetches once and going back and forth costs nothing.
import { useEffect, useState } from "react";
import { toOfficeOption, toUnitOption } from "./reference-options";
import type { UnitOption } from "./types";

type ListState<T> = { status: "idle" | "loading" | "ready" | "error"; items: T[] };

const cache = new Map<string, unknown[]>();

function arrayIn(json: unknown, keys: string[]): Record<string, unknown>[] {
  if (Array.isArray(json)) return json as Record<string, unknown>[];
  if (json && typeof json === "object") {
    for (const key of keys) {
      const value = (json as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value as Record<string, unknown>[];
    }
  }
  return [];
}

function useList<T>(url: string | null, parse: (json: unknown) => T[]): ListState<T> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [results, setResults] = useState<Record<string, { status: "ready" | "error"; items: T[] }>>({});

  useEffect(() => {
    if (!url || cache.has(url)) return;
    let cancelled = false;
    fetch(url, { headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const items = parse(await response.json());
        cache.set(url, items);
        if (!cancelled) setResults((r) => ({ ...r, [url]: { status: "ready", items } }));
      })
      .catch(() => {
        if (!cancelled) setResults((r) => ({ ...r, [url]: { status: "error", items: [] } }));
      });
    return () => {
      cancelled = true;
    };
  }, [url, attempt, parse]);

  const reload = () => {
    if (url) setResults(({ [url]: _dropped, ...rest }) => rest);
    setAttempt((n) => n + 1);
  };
  if (!url) return { status: "idle", items: [], reload };
  const cached = cache.get(url) as T[] | undefined;
  if (cached) return { status: "ready", items: cached, reload };
  return { ...(results[url] ?? { status: "loading", items: [] }), reload };
}

const parsers = new Map<string, (json: unknown) => UnitOption[]>();
function unitParser(locale: string) {
  let parse = parsers.get(locale);
  if (!parse) {
    parse = (json) => arrayIn(json, ["communes", "units", "items", "data"]).map((row) => toUnitOption(row, locale));
    parsers.set(locale, parse);
  }
  return parse;
}
const parseOffices = (json: unknown) => arrayIn(json, ["offices", "items", "data"]).map(toOfficeOption);

export function useCommunes(provinceCode: string, locale: string) {
  const url = /^\d{2}$/.test(provinceCode) ? `/api/v1/administrative-units?provinceCode=${provinceCode}` : null;
  return useList(url, unitParser(locale));
}

export function useOffices(provinceCode: string, communeCode: string) {
  const commune = /^\d{5}$/.test(communeCode) ? `&communeCode=${communeCode}` : "";
  const url = /^\d{2}$/.test(provinceCode) ? `/api/v1/offices?provinceCode=${provinceCode}${commune}` : null;
  return useList(url, parseOffices);
}
