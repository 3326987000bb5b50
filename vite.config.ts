import react from "@vitejs/plugin-react";
import { resolve } from "node:path";
import { defineConfig } from "vite";
import { tabletLanguagePacks } from "./scripts/vite-tablet-packs.mjs";

const root = resolve(import.meta.dirname, "client");
const i18nTablet = resolve(root, "src", "i18n", "tablet");

/**
 * Two builds into one dist/client: `vite build` makes the host, screen and
 * landing pages on React; `vite build --mode join` then adds the tablet page
 * (/join) with Preact behind `preact/compat` and a small translator instead of
 * i18next, and only the room's language (scripts/vite-tablet-packs.mjs), because a tablet on a weak WiFi downloads it (docs/performance.md).
 * The join build must not empty the folder the first build filled.
 */
export default defineConfig(({ mode }) => {
  const join = mode === "join";
  return {
    root,
    plugins: join ? [tabletLanguagePacks(root), react()] : [react()],
    resolve: join
      ? {
          alias: [
            { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
            { find: /^react-dom$/, replacement: "preact/compat" },
            { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
            { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
            { find: /^react$/, replacement: "preact/compat" },
            { find: /^react-i18next$/, replacement: resolve(i18nTablet, "react-binding.ts") },
            { find: /^i18next$/, replacement: resolve(i18nTablet, "translator.ts") },
          ],
        }
      : undefined,
    build: {
      outDir: resolve(import.meta.dirname, "dist", "client"),
      emptyOutDir: !join,
      // No inline scripts or styles: the CSP allows only 'self'.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: join
          ? { join: resolve(root, "join.html") }
          : {
              index: resolve(root, "index.html"),
              host: resolve(root, "host.html"),
              screen: resolve(root, "screen.html"),
            },
      },
    },
  };
});
