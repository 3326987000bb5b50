import { useTranslation } from "react-i18next";
import { GameHead } from "../../games/GameUi.js";
import { BreathGuide } from "../../ui/BreathGuide.js";
import type { ScreenViewProps } from "../types.js";

/** How far the balloon group moves: from the basket on the meadow (progress 0) to the goal cloud (progress 1), in SVG units. */
const GROUND_Y = 252;
const GOAL_Y = 66;

function Cloud({ x, y, s, className }: { x: number; y: number; s: number; className: string }) {
  return (
    <g className={`cloud ${className}`} transform={`translate(${x} ${y}) scale(${s})`}>
      <ellipse cx="0" cy="0" rx="60" ry="24" fill="#ffffff" />
      <ellipse cx="-30" cy="-12" rx="30" ry="22" fill="#ffffff" />
      <ellipse cx="22" cy="-18" rx="36" ry="26" fill="#ffffff" />
    </g>
  );
}

export default function BallongenScreen({ view, serverNow }: ScreenViewProps<"ballongen">) {
  const { t } = useTranslation();
  const y = GROUND_Y - view.progress * (GROUND_Y - GOAL_Y);
  const percent = Math.round(view.progress * 100);
  return (
    <section className="screen-activity game-screen ballongen-screen" aria-labelledby="ballongen-screen-title">
      <GameHead
        id="ballongen-screen-title"
        title={t("ballongen.title")}
        help={view.hint ? t("ballongen.hint") : t("ballongen.screenHelp")}
        round={view}
        success={t("ballongen.success")}
      />
      <div className="game-stage">
        <div className="scene-wrap">
          <svg className="scene ballongen-scene" viewBox="0 0 1000 480" role="img" aria-label={t("ballongen.height", { percent })}>
            <defs>
              <linearGradient id="bal-sky" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0" stopColor="#cfe9f8" />
                <stop offset="1" stopColor="#f4fafd" />
              </linearGradient>
              <linearGradient id="bal-envelope" x1="0" y1="0" x2="1" y2="0">
                <stop offset="0" stopColor="#d9503b" />
                <stop offset="0.5" stopColor="#f0785f" />
                <stop offset="1" stopColor="#c8432f" />
              </linearGradient>
            </defs>
            <rect width="1000" height="480" fill="url(#bal-sky)" />
            <circle className="sun" cx="890" cy="70" r="38" fill="#ffd96b" />
            <Cloud x={160} y={110} s={1} className="cloud-a" />
            <Cloud x={760} y={200} s={0.8} className="cloud-b" />
            <Cloud x={330} y={260} s={0.6} className="cloud-c" />
            {/* The goal: a soft cloud with a star, at the top of the path. */}
            <g transform="translate(500 40)">
              <ellipse cx="0" cy="6" rx="120" ry="26" fill="#ffffff" stroke="#9cc3dc" strokeWidth="2" />
              <path d="M0,-22 L7,-6 L24,-5 L11,5 L15,22 L0,13 L-15,22 L-11,5 L-24,-5 L-7,-6 Z" fill="#ffcf3f" stroke="#8a6a00" strokeWidth="2" />
            </g>
            <line x1="500" y1="70" x2="500" y2="420" stroke="#9cc3dc" strokeWidth="3" strokeDasharray="4 14" strokeLinecap="round" />
            <g className="birds">
              <path d="M700,120 q8,-8 16,0 q8,-8 16,0" fill="none" stroke="#5c6b73" strokeWidth="3" strokeLinecap="round" />
              <path d="M744,100 q6,-6 12,0 q6,-6 12,0" fill="none" stroke="#5c6b73" strokeWidth="3" strokeLinecap="round" />
            </g>
            <path d="M0,420 C160,380 300,400 460,418 C620,436 780,380 1000,404 L1000,480 L0,480 Z" fill="#9fd39a" />
            {[90, 180, 820, 900].map((x, i) => (
              <g key={x} transform={`translate(${x} ${404 - (i % 2) * 10})`}>
                <rect x="-4" y="0" width="8" height="22" fill="#7a5230" />
                <circle cx="0" cy="-6" r={18 - (i % 2) * 4} fill="#5aa052" />
              </g>
            ))}
            <path d="M0,446 C200,428 380,452 560,446 C740,440 860,430 1000,440 L1000,480 L0,480 Z" fill="#7cbf77" />
            {view.phase === "success" && (
              <g className="sparkles">
                {[
                  [380, 60],
                  [630, 50],
                  [420, 120],
                  [590, 130],
                  [500, 20],
                ].map(([x, yy], i) => (
                  <path key={i} className="sparkle" d={`M${x},${yy - 10} L${x + 3},${yy - 3} L${x + 10},${yy} L${x + 3},${yy + 3} L${x},${yy + 10} L${x - 3},${yy + 3} L${x - 10},${yy} L${x - 3},${yy - 3} Z`} fill="#ffcf3f" />
                ))}
              </g>
            )}
            <g className="balloon-fly" style={{ transform: `translate(0px, ${y}px)` }}>
              <g className={`lift lift-${view.lift}`}>
                {[0, 1, 2].map((i) => (
                  <path
                    key={i}
                    className={`lift-chevron${i < view.lift ? " lift-on" : ""}`}
                    d={`M490,${212 + i * 16} l10,-10 l10,10`}
                    fill="none"
                    stroke="#4a90c2"
                    strokeWidth="4"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                ))}
              </g>
              <g className="balloon-sway">
                <path d="M500,-10 C440,-10 410,30 410,62 C410,96 450,116 480,128 L520,128 C550,116 590,96 590,62 C590,30 560,-10 500,-10 Z" fill="url(#bal-envelope)" stroke="#7a2a1e" strokeWidth="3" />
                <path d="M500,-10 C478,20 472,80 484,128 M500,-10 C522,20 528,80 516,128" fill="none" stroke="#ffe2d8" strokeWidth="4" />
                <line x1="484" y1="128" x2="488" y2="146" stroke="#5a3b1e" strokeWidth="2" />
                <line x1="516" y1="128" x2="512" y2="146" stroke="#5a3b1e" strokeWidth="2" />
                <rect x="484" y="146" width="32" height="22" rx="4" fill="#b07a3c" stroke="#5a3b1e" strokeWidth="2" />
              </g>
            </g>
          </svg>
        </div>
        <aside className="game-side">
          {view.phase === "running" ? (
            <>
              <BreathGuide rhythm={view.rhythm} serverNow={serverNow} size="lg" words={{ in: t("ballongen.words.in"), out: t("ballongen.words.out") }} />
              <p className="lift-words">{t(`ballongen.lift.${view.lift}`)}</p>
            </>
          ) : (
            <p className="side-words">{t(`ballongen.side.${view.phase}`)}</p>
          )}
        </aside>
      </div>
    </section>
  );
}
