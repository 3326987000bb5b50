/**
 * Renders a k-safe group picture (from shared/disclosure/index.ts). Amounts are
 * numbers only when the rules allowed a number; otherwise words ("noen", "mange").
 * Bars are drawn only for counts, so a word is never turned into a size.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { largestCount, relativeAmount, type GroupPicture, type PictureItem } from "../../../shared/disclosure/index.js";

export function GroupPictureView(props: {
  picture: GroupPicture;
  labelFor: (item: PictureItem) => string;
  iconFor?: (item: PictureItem) => ReactNode;
  hiddenText: string;
  size?: "screen" | "panel";
}) {
  const { t } = useTranslation();
  const { picture } = props;
  if (picture.status === "hidden") return <p className={`picture-hidden picture-${props.size ?? "screen"}`}>{props.hiddenText}</p>;
  const screen = (props.size ?? "screen") === "screen";
  const max = Math.max(1, ...picture.items.map((i) => (i.amount.kind === "count" ? i.amount.n : 0)));
  const largest = largestCount(picture.items);
  return (
    <ul className={`picture picture-${props.size ?? "screen"}`}>
      {picture.items.map((item) => {
        // The projector: a word and a relative size, never a number (no total to subtract from).
        const rel = screen ? relativeAmount(item.amount, largest) : null;
        return (
          <li key={`${item.level}:${item.id}`} className="picture-item">
            <span className="picture-icon">{props.iconFor?.(item)}</span>
            <span className="picture-label">{props.labelFor(item)}</span>
            {rel ? (
              <span className="picture-amount">
                <span className={`picture-bar picture-size-${rel.size}`} aria-hidden="true" />
                <span className="picture-word">{t(`amount.${rel.word}`)}</span>
              </span>
            ) : item.amount.kind === "count" ? (
              <span className="picture-amount">
                <span className="picture-bar" style={{ width: `${Math.round((item.amount.n / max) * 100)}%` }} aria-hidden="true" />
                <span className="picture-number">{item.amount.n}</span>
              </span>
            ) : (
              <span className="picture-amount picture-word">{t(`amount.${item.amount.word}`)}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
