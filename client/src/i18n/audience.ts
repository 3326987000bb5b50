/**
 * The room's audience on the client: children, or adults at a parent meeting.
 * JoinApp and ScreenApp provide it from the room's settings; a view reads its
 * words through `useAudienceT`, which in an adult room gives a key's adult
 * variant (`voksne.<key>`, client/src/i18n/voksne.ts) where there is one and
 * the ordinary words otherwise.
 */
import { createContext, useContext, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Audience } from "../../../shared/room/types.js";

export const AudienceContext = createContext<Audience>("barn");

/**
 * `useTranslation().t`, with the adult wording in a room for adults. A text that lives in content
 * for children has its adult version under `voksne.content.<name>` (no children's key has a
 * `content` section): ask for `content.<name>` with the content text as `defaultValue`.
 */
export function useAudienceT() {
  const { t, i18n } = useTranslation();
  const audience = useContext(AudienceContext);
  return useMemo(() => {
    if (audience !== "voksne") return t;
    const adult = ((key: string, options?: Record<string, unknown>) => {
      const variant = `voksne.${key}`;
      return i18n.exists(variant, options) ? t(variant, options) : t(key, options);
    }) as typeof t;
    return adult;
  }, [t, i18n, audience]);
}
