// The front server hands /vneid-thu-nghiem/* to the demo provider and everything else to Next (here a
// stub), after choosing the client address either way; with no mount (production) the path goes to Next.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createFrontServer, listen } from "@/scripts/lib/front-server";

const servers: ReturnType<typeof createFrontServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function start(mounted: boolean): Promise<string> {
  const server = createFrontServer({
    trustedHops: 0,
    handler: (req, res) => res.end(`next ${req.url} ${req.headers["x-forwarded-for"]}`),
    mounts: mounted ? [{ prefix: "/vneid-thu-nghiem", handler: (req, res) => res.end(`idp ${req.url} ${req.headers["x-forwarded-for"]}`) }] : [],
  });
  servers.push(server);
  await listen(server, 0, "127.0.0.1");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("front server mounts", () => {
  it("routes the provider's paths to it, the rest to Next, with the client address pinned for both", async () => {
    const base = await start(true);
    const headers = { "x-forwarded-for": "203.0.113.9" };
    expect(await (await fetch(`${base}/vneid-thu-nghiem/.well-known/openid-configuration`, { headers })).text()).toBe("idp /vneid-thu-nghiem/.well-known/openid-configuration 127.0.0.1");
    expect(await (await fetch(`${base}/vneid-thu-nghiem-khac`, { headers })).text()).toBe("next /vneid-thu-nghiem-khac 127.0.0.1");
    expect(await (await fetch(`${base}/dang-nhap`, { headers })).text()).toBe("next /dang-nhap 127.0.0.1");
  });

  it("without the mount (production), the path is Next's", async () => {
    const base = await start(false);
    expect(await (await fetch(`${base}/vneid-thu-nghiem/auth`)).text()).toBe("next /vneid-thu-nghiem/auth 127.0.0.1");
  });
});
