// The /dang-ky start page: what the person needs, how long it takes, who it is for (a line for
// organisations), and one large "Bắt đầu" link to the form. Server-rendered, no script of its own: the
// wizard's JavaScript loads only once the person starts.
import Link from "next/link";
import type { ReactNode } from "react";
import { SUBMISSION_WINDOW_DAYS } from "@/lib/domain/deadlines";
import { fill } from "./text";
import type { DeclarationStrings } from "./types";

export const WIZARD_PATH = "/dang-ky/ke-khai";

export function StartPage({ t, notice, after }: { t: DeclarationStrings; notice?: ReactNode; after?: ReactNode }) {
  return (
    <div className="start-page">
      {notice}
      <h1>{t.pageTitle}</h1>
      <p className="lead">{t.formName}</p>
      <p>{t.startFor}</p>
      <h2>{t.prepareTitle}</h2>
      <ul>
        <li>{t.prepareId}</li>
        <li>{t.prepareBhxh}</li>
        <li>{t.preparePhone}</li>
        <li>{t.preparePhotos}</li>
      </ul>
      <p>{fill(t.prepareTime, { days: SUBMISSION_WINDOW_DAYS })}</p>
      <p className="button-group">
        {/* A plain link: it works before any script has loaded. */}
        <Link href={WIZARD_PATH} prefetch={false} className="button button--start" draggable={false}>
          {t.startButton}
        </Link>
      </p>
      <p className="field__hint">{t.savedOnDevice}</p>
      <p className="start-page__organisations">{t.startOrganisationNote}</p>
      {after}
    </div>
  );
}
