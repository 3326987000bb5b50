import type { Resources } from "./nb.js";
import { nb } from "./nb.js";

/** Nynorsk: child-facing strings first; facilitator strings fall back to bokmål where not yet translated. */
export const nn: Resources = {
  ...nb,
  app: { name: "Sammen", tagline: "Eit rom for gruppa" },
  connection: {
    connecting: "Koplar til …",
    connected: "Tilkopla",
    reconnecting: "Koplar til att …",
    offline: "Fråkopla",
    closed: "Avslutta",
  },
  avatar: {
    ...nb.avatar,
    animal: { ...nb.avatar.animal, fox: "rev", bear: "bjørn", rabbit: "kanin", hedgehog: "piggsvin" },
    colour: { blue: "blå", green: "grøn", orange: "oransje", purple: "lilla" },
  },
  feelings: {
    ...nb.feelings,
    glad: "glad", rolig: "roleg", lettet: "letta", stolt: "stolt", trist: "trist",
    sint: "sint", redd: "redd", bekymret: "uroleg", ensom: "einsam",
    family: { light: "lette kjensler", heavy: "tunge kjensler" },
    other: "andre kjensler",
    strength: { litt: "litt", endel: "ein del", veldig: "veldig" },
  },
  amount: { some: "nokre", many: "mange" },
  common: { ...nb.common, readAloud: "Les opp", passed: "Du sa pass. Det er heilt greitt.", confirm: "Ja, gjer det", close: "Lukk", back: "Tilbake", language: "Språk" },
  help: {
    button: "Eg vil snakke med ein vaksen",
    sent: "Ein vaksen kjem til deg.",
    sentMore: "Du har gjort det rette. Bli verande der du er, så kjem ein av dei vaksne bort til deg.",
  },
  errors: {
    ...nb.errors,
    INVALID: "Det gjekk ikkje. Prøv igjen.",
    RATE_LIMITED: "Vent litt, og prøv igjen.",
    STALE: "Den er allereie ferdig. Sjå på skjermen.",
    ROOM_NOT_FOUND: "Vi fann ikkje det rommet. Sjekk koden på skjermen.",
    ROOM_LOCKED: "Rommet er lukka akkurat no. Spør ein vaksen.",
    AVATAR_TAKEN: "Nokon valde det dyret akkurat no. Vel eit anna.",
    KICKED: "Du er ferdig i dette rommet.",
    ROOM_ENDED: "Rommet er avslutta.",
    TIMEOUT: "Vi fekk ikkje svar. Sjekk nettet og prøv igjen.",
    NETWORK: "Fekk ikkje kontakt. Sjekk nettet og prøv igjen.",
  },
  join: {
    ...nb.join,
    title: "Bli med",
    codeLabel: "Skriv koden du ser på skjermen",
    codeHint: "Fem teikn, til dømes K7QRM",
    pickAvatar: "Vel dyret ditt",
    pickAvatarHint: "Dyret er ditt i dag. Ingen treng å vite namnet ditt.",
    lobby: "Du er med!",
    lobbyWait: "Vi ventar på at vi skal byrje. Sjå på skjermen.",
    endedTitle: "Takk for i dag!",
    endedText: "Rommet er avslutta, og nettbrettet er tømt.",
    kickedTitle: "Du er ferdig i dette rommet",
    kickedText: "Lurer du på noko, kan du snakke med ein av dei vaksne.",
    startAgain: "Tilbake til start",
    privacy: "Det du svarar, ser berre dei vaksne. På skjermen blir berre heile gruppa vist, aldri du åleine. Alt blir sletta når vi er ferdige i dag.",
  },
  screen: { ...nb.screen, welcome: "Velkomen!", waiting: "Vi startar snart.", here: "Her no", ended: "Takk for i dag!" },
  kinds: {
    checkin: { name: "Innsjekk", description: "Korleis har du det i dag?" },
    checkout: { name: "Utsjekk", description: "Korleis har du det no?" },
  },
};
