// On the account page: links to the holder's records, and "Lịch sử truy cập" (who viewed them, when, where).
import Link from "next/link";
import { FactList } from "@/components/ui/fact-list";
import type { RecordsMessages } from "./types";

export type RecordViewItem = { id: string; page: string; deviceLabel: string; viewedAt: Date };

export const RECORD_LINKS = [
  { href: "/tai-khoan/the-bhyt", key: "linkCard" },
  { href: "/tai-khoan/qua-trinh-tham-gia", key: "linkParticipation" },
  { href: "/tai-khoan/huong-che-do", key: "linkBenefits" },
  { href: "/tai-khoan/lich-su-kcb", key: "linkVisits" },
] as const;

export function RecordsLinks({ t }: { t: RecordsMessages }) {
  return (
    <>
      <h2 id="records-heading">{t.sectionHeading}</h2>
      <p>{t.sectionLead}</p>
      <ul className="records-links" aria-labelledby="records-heading">
        {RECORD_LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{t[l.key]}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function RecordViews({ t, views, formatDateTime, unknownDevice }: { t: RecordsMessages; views: RecordViewItem[]; formatDateTime: (d: Date) => string; unknownDevice: string }) {
  return (
    <>
      <h2 id="record-views-heading">{t.viewsHeading}</h2>
      <p>{t.viewsLead}</p>
      {views.length === 0 ? (
        <p>{t.viewsEmpty}</p>
      ) : (
        <ul className="records-list" aria-labelledby="record-views-heading">
          {views.map((v) => (
            <li key={v.id}>
              <FactList
                facts={[
                  [t.viewedAt, formatDateTime(v.viewedAt)],
                  [t.viewedPage, (t as Record<string, string>)[`page_${v.page}`] ?? v.page],
                  [t.viewedDevice, v.deviceLabel || unknownDevice],
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
