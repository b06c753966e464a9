// The namespaces the portal's outgoing messages are written from (SMS and email: notifications, counter),
// apart from catalog.ts so that the worker, which renders them, does not load every page's strings in five
// languages (≈ 1 MB of source it never uses; docs/decisions/0026). catalog.ts takes them from here.
import type { Messages } from "./catalog";
import type { Locale } from "./config";
import { counter } from "./messages/counter";
import { notifications } from "./messages/notifications";
import { counter as jaCounter } from "./messages/ja/counter";
import { notifications as jaNotifications } from "./messages/ja/notifications";
import { counter as koCounter } from "./messages/ko/counter";
import { notifications as koNotifications } from "./messages/ko/notifications";
import { counter as zhCounter } from "./messages/zh/counter";
import { notifications as zhNotifications } from "./messages/zh/notifications";

export const notificationsCatalog: Record<Locale, Messages<"notifications">> = { vi: notifications.vi, en: notifications.en, ko: koNotifications, zh: zhNotifications, ja: jaNotifications };
export const counterCatalog: Record<Locale, Messages<"counter">> = { vi: counter.vi, en: counter.en, ko: koCounter, zh: zhCounter, ja: jaCounter };
