/**
 * Renders a k-safe group picture (from shared/disclosure/index.ts). On the projector the view
 * carries only relative sizes and words (screenPicture), drawn as a bar of that size and its
 * word ("noen", "flere", "mange"); the console's preview has the numbers the rules allowed, and
 * words otherwise. Bars for words never pretend to be a count.
 */
import type { CSSProperties, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  largestCount,
  relativeAmount,
  type GroupPicture,
  type PictureItem,
  type ScreenPicture,
  type ScreenPictureItem,
} from "../../../shared/disclosure/index.js";

/** What a label needs of an item, on either surface. */
export type PictureEntry = Pick<PictureItem, "id" | "level">;

export function GroupPictureView(props: {
  picture: GroupPicture | ScreenPicture;
  labelFor: (item: PictureEntry) => string;
  iconFor?: (item: PictureEntry) => ReactNode;
  hiddenText: string;
  size?: "screen" | "panel";
}) {
  const { t } = useTranslation();
  const { picture } = props;
  if (picture.status === "hidden") return <p className={`picture-hidden picture-${props.size ?? "screen"}`}>{props.hiddenText}</p>;
  const screen = (props.size ?? "screen") === "screen";
  const items: readonly (PictureItem | ScreenPictureItem)[] = picture.items;
  const counts = items.filter((i): i is PictureItem => i.amount.kind !== "relative");
  const max = Math.max(1, ...counts.map((i) => (i.amount.kind === "count" ? i.amount.n : 0)));
  const largest = largestCount(counts);
  return (
    // --n lets the projector size the rows to fill the stage (client/src/screen/screen.css).
    <ul className={`picture picture-${props.size ?? "screen"}`} style={{ "--n": items.length } as CSSProperties}>
      {items.map((item) => {
        const amount = item.amount;
        // The projector: a word and a relative size, never a number (no total to subtract from).
        const rel = amount.kind === "relative" ? amount : screen ? relativeAmount(amount, largest) : null;
        return (
          <li key={`${item.level}:${item.id}`} className="picture-item">
            <span className="picture-icon">{props.iconFor?.(item)}</span>
            <span className="picture-label">{props.labelFor(item)}</span>
            {rel ? (
              <span className="picture-amount">
                <span className={`picture-bar picture-size-${rel.size}`} aria-hidden="true" />
                <span className="picture-word">{t(`amount.${rel.word}`)}</span>
              </span>
            ) : amount.kind === "count" ? (
              <span className="picture-amount">
                <span className="picture-bar" style={{ width: `${Math.round((amount.n / max) * 100)}%` }} aria-hidden="true" />
                <span className="picture-number">{amount.n}</span>
              </span>
            ) : amount.kind === "word" ? (
              <span className="picture-amount picture-word">{t(`amount.${amount.word}`)}</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
