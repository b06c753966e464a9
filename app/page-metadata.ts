// The metadata of a page whose only metadata is its title: a catalog key, in the visitor's language.
import type { Metadata } from "next";
import type { Messages, Namespace } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/server/i18n";

/** `export const generateMetadata = titleMetadata("officer", "adminTitle");` */
export function titleMetadata<N extends Namespace>(namespace: N, key: keyof Messages<N>): () => Promise<Metadata> {
  return async () => ({ title: (await getMessages(namespace))[key] });
}
