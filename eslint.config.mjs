import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".tmp-*", ".next*/**", "dist/**", ".data/**", "node_modules/**", "lib/server/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Dependencies point one way: the domain and the schemas know nothing of servers, Next or React.
    files: ["lib/domain/**", "lib/schemas/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/lib/server/*", "next", "next/*", "react", "react-dom", "@/components/*", "@/app/*"] }],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/lib/server/*", "@/app/*"] }],
    },
  },
];

export default config;
