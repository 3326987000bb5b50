/** Suspense boundary for a lazily loaded activity view, with a quiet fallback. */
import { Suspense, type ReactNode } from "react";

export function ActivitySlot({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="calm-note">…</p>}>{children}</Suspense>;
}
