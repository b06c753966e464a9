import { describe, expect, it } from "vitest";
import { catalogs, type Namespace } from "@/lib/i18n/catalog";

// The Chinese and Japanese catalogs (lib/i18n/messages/{zh,ja}/<ns>.ts) against the Vietnamese original:
// the same keys in the same order, the same {placeholders}, plain text, and nothing left in Vietnamese.
const modules = import.meta.glob<Record<string, Record<string, string>>>("../../lib/i18n/messages/{zh,ja}/*.ts", {
  eager: true,
});

const namespaces = Object.keys(catalogs) as Namespace[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Letters only Vietnamese uses; an untranslated sentence is full of them.
const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe.each(["zh", "ja"] as const)("%s catalogs", (locale) => {
  it.each(namespaces)("%s: same keys in the same order as vi, same placeholders, plain text", (namespace) => {
    const file = modules[`../../lib/i18n/messages/${locale}/${namespace}.ts`];
    expect(file, `lib/i18n/messages/${locale}/${namespace}.ts`).toBeDefined();
    const table = file![namespace]!;
    const vi = catalogs[namespace].vi as Record<string, string>;
    expect(Object.keys(table)).toEqual(Object.keys(vi));
    for (const [key, value] of Object.entries(table)) {
      const where = `${locale}.${namespace}.${key}`;
      expect(typeof value, where).toBe("string");
      expect(value.trim().length, where).toBeGreaterThan(0);
      expect(placeholders(value), where).toEqual(placeholders(vi[key]!));
      expect(value, where).not.toMatch(/<\/?[a-z][^>]*>/i);
      // A value may equal the original only when it is a code or a proper name, not a Vietnamese sentence.
      if (value === vi[key]) expect(value, where).not.toMatch(vietnameseLetters);
    }
  });
});
