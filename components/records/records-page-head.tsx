// The head of a records page: the way back (to the account or the list), the title, the lead.
import { BackLink } from "@/components/ui/back-link";

export function RecordsPageHead({ back, title, lead }: { back: { href: string; label: string }; title: string; lead?: string }) {
  return (
    <>
      <BackLink className="records-back" href={back.href} label={back.label} />
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </>
  );
}
