/** The garden on the projector: flowers where the seeded positions put them, never in the order they were picked. */
import type { FlowerView } from "../../../../shared/activities/styrkehagen/index.js";
import { GARDEN_STRENGTH_IDS } from "../../../../shared/activities/styrkehagen/content.js";

const PETALS = ["#f28b82", "#fbbc04", "#ff8ac2", "#a78bfa", "#7cc4fa", "#ffb86b"];

function colourOf(f: FlowerView): string {
  const i = f.strength ? GARDEN_STRENGTH_IDS.indexOf(f.strength) : [...(f.text ?? "")].length;
  return PETALS[Math.abs(i) % PETALS.length];
}

function Head({ kind, fill }: { kind: number; fill: string }) {
  if (kind === 3) {
    // a tulip
    return <path d="M-16,-6 C-18,-30 -6,-30 0,-18 C6,-30 18,-30 16,-6 C14,8 -14,8 -16,-6 Z" fill={fill} stroke="#7a3b3b" strokeWidth="1.5" />;
  }
  const petals = kind === 0 ? 5 : kind === 1 ? 6 : kind === 2 ? 8 : 12;
  const r = kind === 4 ? 20 : 14;
  return (
    <g>
      {Array.from({ length: petals }, (_, i) => (
        <ellipse key={i} cx="0" cy={-r} rx={kind === 4 ? 5 : 8} ry={r * 0.75} fill={fill} stroke="#6b4a4a" strokeWidth="1" transform={`rotate(${(360 / petals) * i})`} />
      ))}
      <circle r={kind === 4 ? 9 : 7} fill={kind === 4 ? "#7a4a1e" : "#ffd54a"} stroke="#5a3b1e" strokeWidth="1" />
    </g>
  );
}

export function Garden({ flowers, bloomed, label }: { flowers: FlowerView[]; bloomed: boolean; label: string }) {
  return (
    <svg className={`scene garden-scene${bloomed ? " garden-bloomed" : ""}`} viewBox="0 0 1000 400" preserveAspectRatio="xMidYMid slice" role="img" aria-label={label}>
      <rect width="1000" height="400" fill="#e8f5fb" />
      <circle className="sun" cx="900" cy="60" r={bloomed ? 44 : 34} fill="#ffd96b" />
      <path d="M0,210 C200,190 420,220 620,204 C800,190 900,200 1000,196 L1000,400 L0,400 Z" fill="#a9d99b" />
      <path d="M0,260 C240,246 520,270 1000,250 L1000,400 L0,400 Z" fill="#8cc97e" />
      {flowers.map((f) => {
        const x = 40 + f.x * 920;
        const ground = 250 + f.y * 130;
        const stem = 60 + ((f.x * 997) % 1) * 40;
        return (
          <g key={f.id} transform={`translate(${x.toFixed(1)} ${ground.toFixed(1)}) scale(1.25)`}>
            <g className="flower">
              <path d={`M0,0 C-4,${-stem / 2} 4,${-stem / 2} 0,${-stem}`} stroke="#3f7d3a" strokeWidth="4" fill="none" />
              <ellipse cx="-9" cy={-stem / 3} rx="9" ry="4" fill="#5aa052" transform={`rotate(-30 -9 ${-stem / 3})`} />
              <g transform={`translate(0 ${-stem})`}>
                <Head kind={f.kind} fill={colourOf(f)} />
              </g>
            </g>
          </g>
        );
      })}
    </svg>
  );
}
