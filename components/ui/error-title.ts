// `<title>` starts with "Lỗi: " ("Error: ") while an error summary shows, as GOV.UK asks, so a screen reader
// user hears the failure first on arrival or when switching tabs. The prefix in the page's language comes
// from the root layout (data-error-title-prefix on <body>); the title is watched because Next and the
// wizard set it again on their own.
"use client";
import { useEffect } from "react";

export function useErrorTitle(active: boolean): void {
  useEffect(() => {
    const prefix = document.body.dataset.errorTitlePrefix;
    if (!active || !prefix) return;
    const apply = () => {
      if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [active]);
}
