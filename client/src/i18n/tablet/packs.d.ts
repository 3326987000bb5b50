/** The per-language string packs the /join build generates (vite.config.ts, tabletLanguagePacks). */
declare module "virtual:sammen-tablet-pack/*" {
  export const core: object;
  export const safeguarding: object;
  export const activities: Record<string, object>;
}
