// The test mailbox: a recipient filter (a plain GET form, no script) and the messages the outbox
// "sent", newest first, each with its full text and, for an email, its HTML in a sandboxed frame.
// Props in; the page formats and translates everything.
import Link from "next/link";
import { FactList } from "@/components/ui/fact-list";
import { Notice } from "@/components/ui/notice";
import styles from "./test-mailbox.module.css";

export type MailboxItem = {
  id: string;
  channel: "sms" | "email";
  channelLabel: string;
  heading: string;
  recipient: string;
  time: string;
  /** ISO, for <time dateTime>. */
  timeIso: string;
  status: { label: string; tone: "green" | "yellow" | "red" };
  sentAt?: string;
  body: string;
  html?: { summary: string; frameTitle: string; document: string };
};

export type TestMailboxStrings = {
  title: string;
  intro: string;
  warning: string;
  filterLabel: string;
  filterHint: string;
  filterSubmit: string;
  filterClear: string;
  errorTitle: string;
  count: string;
  empty: string;
  listLabel: string;
  time: string;
  recipient: string;
  status: string;
};

export function TestMailbox({ t, filter, items }: { t: TestMailboxStrings; filter: { value: string; error?: string }; items: MailboxItem[] }) {
  const describedBy = ["to-hint", filter.error ? "to-error" : ""].filter(Boolean).join(" ");
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <Notice tone="warning" text={t.warning} />

      {filter.error ? (
        <div className="error-summary" role="alert" aria-labelledby="mailbox-error-title">
          <h2 id="mailbox-error-title">{t.errorTitle}</h2>
          <ul>
            <li>
              <a href="#to">{filter.error}</a>
            </li>
          </ul>
        </div>
      ) : null}

      <form method="get" action="/hop-thu-thu-nghiem" className={styles.filter} role="search">
        <div className={`field${filter.error ? " field--error" : ""}`}>
          <label className="field__label" htmlFor="to">
            {t.filterLabel}
          </label>
          <p className="field__hint" id="to-hint">
            {t.filterHint}
          </p>
          {filter.error ? (
            <p className="field__error" id="to-error">
              {filter.error}
            </p>
          ) : null}
          <input
            className={`input${filter.error ? " input--error" : ""}`}
            id="to"
            name="to"
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={filter.value}
            aria-describedby={describedBy}
            aria-invalid={filter.error ? true : undefined}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            {t.filterSubmit}
          </button>
          {filter.value ? <Link href="/hop-thu-thu-nghiem">{t.filterClear}</Link> : null}
        </div>
      </form>

      <p role="status" className={styles.count}>
        {items.length ? t.count : t.empty}
      </p>

      {items.length ? (
        <ol className={styles.list} aria-label={t.listLabel}>
          {items.map((item) => (
            <li key={item.id}>
              <article className={styles.message} aria-labelledby={`m-${item.id}`}>
                <p className={styles.channel}>
                  <span className={item.channel === "sms" ? "tag" : "tag tag--grey"}>{item.channelLabel}</span>
                </p>
                <h2 id={`m-${item.id}`} className={styles.heading}>
                  {item.heading}
                </h2>
                <FactList
                  className={`summary-list ${styles.facts}`}
                  facts={[
                    [t.time, <time key="time" dateTime={item.timeIso}>{item.time}</time>],
                    [t.recipient, item.recipient, styles.recipient],
                    [
                      t.status,
                      <>
                        <span className={`tag tag--${item.status.tone}`}>{item.status.label}</span>
                        {item.sentAt ? <span className={styles.sentAt}> {item.sentAt}</span> : null}
                      </>,
                    ],
                  ]}
                />
                <pre className={styles.body}>{item.body}</pre>
                {item.html ? (
                  <details className={styles.html}>
                    <summary>{item.html.summary}</summary>
                    <iframe className={styles.frame} title={item.html.frameTitle} srcDoc={item.html.document} sandbox="" loading="lazy" />
                  </details>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
