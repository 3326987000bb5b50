/**
 * A breathing guide that every surface shows in step: the circle grows while
 * breathing in and shrinks while breathing out, from a start time on the
 * server's clock (the SDK's clock offset is applied through `serverNow`).
 * The motion is a CSS animation started with a negative delay, so with
 * prefers-reduced-motion the global rule turns it off; the words "Pust inn" /
 * "Pust ut" still change at each breath, from a timer, not an animation.
 */
import { useEffect, useMemo, useState, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { breathAt, type CalmPattern } from "../../../shared/room/calm.js";

export interface RhythmLike {
  pattern: CalmPattern;
  startAt: number;
  inMs: number;
  outMs: number;
  /** Stop after this many breaths (the calm-down); endless when absent (a game's rhythm). */
  cycles?: number;
}

/** The current breath phase, updated at each phase boundary (a timer, never an animation frame loop). */
export function useBreath(rhythm: RhythmLike, serverNow: () => number) {
  const [breath, setBreath] = useState(() => breathAt(rhythm, serverNow()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const b = breathAt(rhythm, serverNow());
      setBreath(b);
      if (b.phase !== "done") timer = setTimeout(step, Math.max(40, b.msLeft + 15));
    };
    step();
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rhythm.startAt, rhythm.inMs, rhythm.outMs, rhythm.cycles]);
  return breath;
}

export function BreathGuide(props: { rhythm: RhythmLike; serverNow: () => number; size?: "md" | "lg" | "xl"; words?: { in: string; out: string } }) {
  const { t } = useTranslation();
  const { rhythm, serverNow } = props;
  const breath = useBreath(rhythm, serverNow);
  const animation = useMemo<CSSProperties>(() => {
    const period = rhythm.inMs + rhythm.outMs;
    const delay = rhythm.startAt - serverNow();
    return {
      animationName: `breathe-${rhythm.pattern}`,
      animationDuration: `${period}ms`,
      animationDelay: `${Math.round(delay)}ms`,
      animationIterationCount: rhythm.cycles ?? "infinite",
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rhythm.startAt, rhythm.inMs, rhythm.outMs, rhythm.cycles, rhythm.pattern]);
  const word =
    breath.phase === "in"
      ? (props.words?.in ?? t("calm.in"))
      : breath.phase === "out"
        ? (props.words?.out ?? t("calm.out"))
        : breath.phase === "ready"
          ? t("calm.ready")
          : t("calm.done");
  return (
    <div className={`breath breath-${props.size ?? "md"} breath-phase-${breath.phase}`}>
      <div className="breath-ring" aria-hidden="true">
        <div className="breath-circle" style={breath.phase === "done" ? undefined : animation} />
      </div>
      <p className="breath-word">{word}</p>
    </div>
  );
}
