/** An avatar chip: the animal drawn (SVG, no emoji font needed) on its colour, always with the words ("blå rev") too. */
import { useTranslation } from "react-i18next";
import { avatarParts } from "../../../shared/content/avatars.js";
import type { AvatarId } from "../../../shared/room/types.js";
import { AnimalIcon } from "./AnimalIcon.js";

export function useAvatarLabel() {
  const { t } = useTranslation();
  return (avatar: AvatarId) => {
    const { animal, colour } = avatarParts(avatar);
    return t("avatar.label", { animal: t(`avatar.animal.${animal.id}`), colour: t(`avatar.colour.${colour.id}`) });
  };
}

export function Avatar({ avatar, showLabel = true, size = "md" }: { avatar: AvatarId; showLabel?: boolean; size?: "sm" | "md" | "lg" }) {
  const label = useAvatarLabel()(avatar);
  const { animal, colour } = avatarParts(avatar);
  return (
    <span className={`avatar avatar-${size}`}>
      <span className="avatar-glyph" style={{ backgroundColor: colour.css }} aria-hidden="true">
        <AnimalIcon animal={animal.id} />
      </span>
      {showLabel ? <span className="avatar-label">{label}</span> : <span className="visually-hidden">{label}</span>}
    </span>
  );
}
