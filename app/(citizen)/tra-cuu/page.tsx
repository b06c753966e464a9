import type { Metadata } from "next";
import "@/components/declaration/declaration.css";
import { LookupForm } from "@/components/declaration/lookup-form";
import { getMessages } from "@/lib/server/i18n";
import { lookupDeclarationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages("declaration");
  return { title: t.lookupTitle };
}

export default async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string | string[] }> }) {
  const { ma } = await searchParams;
  const t = await getMessages("declaration");
  return (
    <>
      <h1>{t.lookupTitle}</h1>
      <p>{t.lookupIntro}</p>
      <LookupForm t={t} action={lookupDeclarationAction} initialReference={typeof ma === "string" ? ma.slice(0, 20) : ""} />
    </>
  );
}
