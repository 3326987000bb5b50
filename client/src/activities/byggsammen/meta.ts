import type { ActivityMeta } from "../types.js";

const nb = {
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Bygg sammen", description: "Alle har sine brikker. Bildet blir ferdig når alle har lagt sine." },
  presets: {
    regnbue: { name: "Bygg sammen: regnbuen", description: "Alle har sine biter av regnbuen. Den blir hel når alle har lagt sine." },
    fyr: { name: "Bygg sammen: fyrtårnet", description: "Bygg fyret nedenfra og opp. Snakk sammen om hvem som har neste stein." },
  },
  title: "Bygg sammen",
  motif: { regnbue: "Regnbuen", fyr: "Fyrtårnet" },
  screenHelp: {
    regnbue: "Hver av dere har biter av regnbuen. Legg dem på, så blir den hel.",
    fyr: "Bygg fyret nedenfra og opp. Hvem har neste stein?",
  },
  yourPieces: "Dine brikker",
  noPieces: "Du har ingen brikker akkurat nå. Hjelp de andre å finne ut hvem som har neste.",
  place: "Legg på",
  give: "Gi bort",
  giveHelp: "Står du fast? Gi en brikke til en annen. Da hjelper dere hverandre.",
  waits: "Venter på raden under",
  colour: { red: "rød", orange: "oransje", yellow: "gul", green: "grønn", blue: "blå", purple: "lilla", white: "hvit", lamp: "lys" },
  piece: "{{colour}}, rad {{row}}, plass {{col}}",
  complete: "Bildet er ferdig! Dere bygde det sammen!",
  hint: "Tips: De lysende plassene kan fylles nå.",
  done: "{{percent}} prosent av bildet er ferdig",
  given: "Brikken ble gitt videre.",
  placed: "Lagt på!",
  hostPlaced: "{{placed}} av {{total}} brikker er lagt på",
  hostUndealt: "{{count}} brikker venter på et nettbrett.",
  order: { ordered: "Nedenfra og opp (lettere gir fri rekkefølge)", free: "Fri rekkefølge" },
};
const en: typeof nb = {
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Build together", description: "Everyone has their own pieces. The picture is done when all are placed." },
  presets: {
    regnbue: { name: "Build together: the rainbow", description: "Everyone has their own pieces of the rainbow. It is whole when all are placed." },
    fyr: { name: "Build together: the lighthouse", description: "Build the lighthouse from the bottom up. Talk about who has the next stone." },
  },
  title: "Build together",
  motif: { regnbue: "The rainbow", fyr: "The lighthouse" },
  screenHelp: {
    regnbue: "Each of you has pieces of the rainbow. Place them, and it will be whole.",
    fyr: "Build the lighthouse from the bottom up. Who has the next stone?",
  },
  yourPieces: "Your pieces",
  noPieces: "You have no pieces right now. Help the others find out who has the next one.",
  place: "Place it",
  give: "Give away",
  giveHelp: "Stuck? Give a piece to someone else. That way you help each other.",
  waits: "Waits for the row below",
  colour: { red: "red", orange: "orange", yellow: "yellow", green: "green", blue: "blue", purple: "purple", white: "white", lamp: "light" },
  piece: "{{colour}}, row {{row}}, place {{col}}",
  complete: "The picture is finished! You built it together!",
  hint: "Tip: The glowing places can be filled now.",
  done: "{{percent}} percent of the picture is finished",
  given: "The piece was passed on.",
  placed: "Placed!",
  hostPlaced: "{{placed}} of {{total}} pieces placed",
  hostUndealt: "{{count}} pieces are waiting for a tablet.",
  order: { ordered: "Bottom up (easier allows any order)", free: "Any order" },
};
const nn: typeof nb = {
  ...nb,
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Bygg saman", description: "Alle har sine brikker. Biletet blir ferdig når alle har lagt sine." },
  presets: {
    regnbue: { name: "Bygg saman: regnbogen", description: "Alle har sine bitar av regnbogen. Han blir heil når alle har lagt sine." },
    fyr: { name: "Bygg saman: fyrtårnet", description: "Bygg fyret nedanfrå og opp. Snakk saman om kven som har neste stein." },
  },
  title: "Bygg saman",
  motif: { regnbue: "Regnbogen", fyr: "Fyrtårnet" },
  screenHelp: {
    regnbue: "Kvar av dykk har bitar av regnbogen. Legg dei på, så blir han heil.",
    fyr: "Bygg fyret nedanfrå og opp. Kven har neste stein?",
  },
  yourPieces: "Brikkene dine",
  noPieces: "Du har ingen brikker akkurat no. Hjelp dei andre å finne ut kven som har neste.",
  give: "Gi bort",
  giveHelp: "Står du fast? Gi ei brikke til ein annan. Då hjelper de kvarandre.",
  waits: "Ventar på rada under",
  colour: { red: "raud", orange: "oransje", yellow: "gul", green: "grøn", blue: "blå", purple: "lilla", white: "kvit", lamp: "lys" },
  piece: "{{colour}}, rad {{row}}, plass {{col}}",
  complete: "Biletet er ferdig! De bygde det saman!",
  hint: "Tips: Dei lysande plassane kan fyllast no.",
  done: "{{percent}} prosent av biletet er ferdig",
  given: "Brikka vart gitt vidare.",
};

export const byggsammenMeta: ActivityMeta<"byggsammen"> = {
  strings: { nb, en, nn },
  presets: [
    { labelKey: "byggsammen.presets.regnbue", config: { motif: "regnbue" } },
    { labelKey: "byggsammen.presets.fyr", config: { motif: "fyr" } },
  ],
};
