import "server-only";
// The request (or job run) the current code is working for, carried by AsyncLocalStorage from the
// front server (scripts/lib/front-server.ts) through Next's handler into services, and from the worker
// into each job run. The store lives on globalThis: the front server loads this file through tsx while
// Next's server bundle has its own copy, and both must see the same store.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type RequestContext = { requestId: string };

const STORE_KEY = Symbol.for("bhxh.request-context");
const holder = globalThis as unknown as { [STORE_KEY]?: AsyncLocalStorage<RequestContext> };
const store: AsyncLocalStorage<RequestContext> = (holder[STORE_KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return store.run(context, fn);
}

/** The current request's id, or undefined outside a request or job run. */
export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}

/** A new id, in the shape nginx's $request_id has (32 hex digits). */
export function newRequestId(): string {
  return randomUUID().replaceAll("-", "");
}
