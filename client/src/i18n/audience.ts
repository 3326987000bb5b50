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

export const ADULT_PREFIX = "voksne.";

export function useAudience(): Audience {
  return useContext(AudienceContext);
}

/**
 * In a room for adults, the adult version of a text that lives in content for children
 * (`voksne.content.<name>`); otherwise, or until the adult words are loaded, `children`.
 */
export function useContentForAudience() {
  const { t, i18n } = useTranslation();
  const audience = useContext(AudienceContext);
  return (name: string, children: string): string => {
    const key = `${ADULT_PREFIX}content.${name}`;
    return audience === "voksne" && i18n.exists(key) ? t(key) : children;
  };
}

/** `useTranslation().t`, with the adult wording in a room for adults. */
export function useAudienceT() {
  const { t, i18n } = useTranslation();
  const audience = useContext(AudienceContext);
  return useMemo(() => {
    if (audience !== "voksne") return t;
    const adult = ((key: string, options?: Record<string, unknown>) => {
      const variant = ADULT_PREFIX + key;
      return i18n.exists(variant, options) ? t(variant, options) : t(key, options);
    }) as typeof t;
    return adult;
  }, [t, i18n, audience]);
}
