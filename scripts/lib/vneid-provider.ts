// The demo installation's stand-in for VNeID: a real OpenID Connect provider (oidc-provider) served by
// the front server at /vneid-thu-nghiem, with the README's demo people as identities and a page to pick
// one. Demo mode only (scripts/serve.ts never mounts it in production, where the path is Next's 404).
// The integration tests run the same provider on a free port.
import { generateKeyPairSync, createHash, hkdfSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import Provider, { type Configuration, type JWK } from "oidc-provider";
import { DEMO_PARTICIPANTS } from "../../tests/factories/demo";

export type DemoIdentity = {
  id: string;
  /** How the picker names the case. */
  label: string;
  claims: {
    citizen_id: string;
    name: string;
    birthdate: string;
    gender: "male" | "female";
    phone_number: string | null;
    address: { formatted: string } | null;
    identity_level: "1" | "2";
  };
};

/** The demo people at level 2, one level-1 person, one person with no master record, one whose record disagrees. */
export const DEMO_VNEID_IDENTITIES: DemoIdentity[] = [
  ...DEMO_PARTICIPANTS.map((p) => ({
    id: `demo-${p.idNumber}`,
    label: "Mức 2 · có hồ sơ BHXH",
    claims: { citizen_id: p.idNumber, name: p.fullName, birthdate: p.dateOfBirth, gender: p.sex, phone_number: p.phone, address: { formatted: p.address }, identity_level: "2" as const },
  })),
  {
    id: "demo-muc-1",
    label: "Mức 1 · chưa xác thực trực tiếp",
    claims: { citizen_id: "001195001234", name: "Đỗ Thị Mai", birthdate: "1995-03-14", gender: "female", phone_number: "+84911222333", address: { formatted: "Số 7 phố Kim Mã, Phường Ba Đình, Thành phố Hà Nội" }, identity_level: "1" },
  },
  {
    id: "demo-khong-ho-so",
    label: "Mức 2 · không có hồ sơ BHXH",
    claims: { citizen_id: "079199008888", name: "Vũ Quốc Anh", birthdate: "1999-07-21", gender: "male", phone_number: "+84933444555", address: { formatted: "Số 15 đường Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh" }, identity_level: "2" },
  },
  {
    id: "demo-lech-ngay-sinh",
    label: "Mức 2 · ngày sinh khác hồ sơ BHXH",
    claims: { citizen_id: "048201000777", name: "Lê Minh Khoa", birthdate: "2001-12-02", gender: "male", phone_number: "+84905111222", address: { formatted: "Số 20 đường Bạch Đằng, Phường Hải Châu, Thành phố Đà Nẵng" }, identity_level: "2" },
  },
];

export type VneidProviderOptions = {
  /** The issuer URL, ending with the mount path (e.g. http://localhost:3000/vneid-thu-nghiem). */
  issuer: string;
  clients: { clientId: string; clientSecret: string; redirectUris: string[] }[];
  /** Private signing keys (JWK). */
  jwks: { keys: JWK[] };
  /** Secret for the provider's own cookies. */
  cookieSecret: string;
  identities?: DemoIdentity[];
};

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f5f5f5}
.banner{background:#b3261e;color:#fff;padding:.75rem 1rem;font-weight:700;text-align:center}
main{max-width:36rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.4rem}
ul{list-style:none;padding:0}
li{margin:.5rem 0}
button{width:100%;text-align:left;padding:.75rem 1rem;font-size:1rem;border:2px solid #0b4f8a;border-radius:.5rem;background:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.level{display:block;color:#404040;font-size:.9rem}
.cancel{border-color:#606060}`;
const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;
/** The provider's pages are served outside Next: their own strict policy (no script at all). */
const CSP = `default-src 'none'; style-src ${STYLE_HASH}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><div class="banner" role="note">VNeID THỬ NGHIỆM – chỉ dùng để thử cổng đăng ký, không phải VNeID thật</div><main>${body}</main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

/** The provider and the request handler to mount at its path (req.url still carrying the path). */
export function createVneidProvider(options: VneidProviderOptions) {
  const identities = options.identities ?? DEMO_VNEID_IDENTITIES;
  const mountPath = new URL(options.issuer).pathname.replace(/\/+$/, "");
  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    })),
    jwks: options.jwks,
    cookies: { keys: [options.cookieSecret] },
    pkce: { required: () => true, methods: ["S256"] },
    // The claims go in the ID token (the portal reads them there, signed), not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    claims: {
      openid: ["sub"],
      profile: ["name", "birthdate", "gender", "citizen_id", "identity_level"],
      phone: ["phone_number"],
      address: ["address"],
    },
    features: { devInteractions: { enabled: false }, userinfo: { enabled: true } },
    ttl: { AuthorizationCode: 60, IdToken: 300, AccessToken: 300, Interaction: 600, Session: 600, Grant: 600 },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const identity = identities.find((i) => i.id === id);
      if (!identity) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...identity.claims, address: identity.claims.address ?? undefined, phone_number: identity.claims.phone_number ?? undefined }) };
    },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = page("Lỗi", `<h1>Không thực hiện được</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`);
    },
  };
  const provider = new Provider(options.issuer, configuration);
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error("interaction mismatch");
    if (details.prompt.name === "consent") {
      // The portal is the only client and the person chose to come: consent is implied, as with VNeID's own sign-in.
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
      grant.addOIDCScope(String(details.params.scope));
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
      return;
    }
    if (req.method === "POST") {
      const form = await readForm(req);
      if (form.get("cancel")) {
        await provider.interactionFinished(req, res, { error: "access_denied", error_description: "Người dùng đã huỷ" }, { mergeWithLastSubmission: false });
        return;
      }
      const chosen = identities.find((i) => i.id === form.get("identity"));
      if (chosen) {
        await provider.interactionFinished(req, res, { login: { accountId: chosen.id } }, { mergeWithLastSubmission: false });
        return;
      }
    }
    const items = identities
      .map((i) => `<li><button type="submit" name="identity" value="${escapeHtml(i.id)}">${escapeHtml(i.claims.name)} · CCCD ${escapeHtml(i.claims.citizen_id)}<span class="level">${escapeHtml(i.label)}</span></button></li>`)
      .join("");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(
      page(
        "Đăng nhập VNeID (thử nghiệm)",
        `<h1>Đăng nhập bằng VNeID (thử nghiệm)</h1><p>Chọn một danh tính thử nghiệm để tiếp tục về cổng đăng ký giao dịch điện tử BHXH.</p>
<form method="post" action="${escapeHtml(`${mountPath}/interaction/${uid}`)}"><ul>${items}</ul>
<p><button type="submit" name="cancel" value="1" class="cancel">Huỷ, quay lại cổng BHXH</button></p></form>`,
      ),
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const original = req.url ?? "/";
    res.setHeader("Content-Security-Policy", CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    const inner = original.slice(mountPath.length) || "/";
    const match = /^\/interaction\/([\w-]{1,64})\/?(?:\?.*)?$/.exec(inner);
    if (match) return interaction(req, res, match[1]!);
    // Mounted under a path: oidc-provider reads the mount point from originalUrl, as under Express.
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = original;
    req.url = inner;
    await callback(req, res);
  }

  return { provider, handle, mountPath };
}

/** Whether a request's path belongs to the provider mounted at `mountPath`. */
export function isUnder(url: string | undefined, mountPath: string): boolean {
  return !!url && (url === mountPath || url.startsWith(`${mountPath}/`) || url.startsWith(`${mountPath}?`));
}

/** A private RSA signing key set, as JWK. */
export function generateSigningKeys(): { keys: JWK[] } {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" }) as JWK;
  return { keys: [{ ...jwk, kid: createHash("sha256").update(String(jwk.n)).digest("base64url").slice(0, 16), use: "sig", alg: "RS256" }] };
}

/** Demo mode: the provider's signing keys, generated once into .data so tokens stay valid across restarts. */
export function demoSigningKeys(root: string = process.cwd()): { keys: JWK[] } {
  const file = path.join(root, ".data", "vneid-demo-jwks.json");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(generateSigningKeys()), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, "utf8")) as { keys: JWK[] };
}

/** The provider's cookie secret, from AUTH_SECRET (never the same bytes as any other key). */
export function demoCookieSecret(authSecret: string): string {
  return Buffer.from(hkdfSync("sha256", authSecret, "bhxh-portal", "bhxh:vneid-demo-cookies:v1", 32)).toString("base64url");
}
