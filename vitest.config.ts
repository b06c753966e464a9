import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // The stand-in the scripts' preload uses too (scripts/preload/allow-server-only.mjs).
    alias: { "server-only": new URL("./scripts/preload/server-only-empty.js", import.meta.url).pathname },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // next-auth imports "next/server" without an extension, which Node's own ESM loader refuses
          // (Next.js has no exports map): run it through Vite so a test can call proxy.ts.
          server: { deps: { inline: ["next-auth"] } },
          setupFiles: ["tests/integration/setup.ts"],
          // One database for the run: files run one after another so they never race on shared rows.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
