import type { ActivityMeta } from "../types.js";

/**
 * UI words for the word cloud. A preset's prompt is stored in bokmål in the
 * config; the views show the known prompts (`prompts` below) in the room's
 * language, and any other prompt as the host wrote it.
 */
const nb = {
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Ordsky", description: "Ett ord hver, godkjent av de voksne." },
  presets: {
    glad: { name: "Ordsky: Hva gjør deg glad?", description: "Hvert barn sender ett ord. Du leser og godkjenner før ordene vises i skyen." },
    hjelper: {
      name: "Ordsky: Hva hjelper når du er lei deg?",
      description: "Opptil tre ord hver. Du leser og godkjenner før ordene vises i skyen.",
    },
  },
  prompts: { glad: "Hva gjør deg glad?", hjelper: "Hva hjelper når du er lei deg?" },
  defaultPrompt: "Ett ord",
  // ---------- tablet ----------
  wordLabel: "Skriv ett ord",
  wordHint: "Bare ett ord, uten mellomrom. Bindestrek går fint: is-krem. Ikke skriv navn.",
  notOneWord: "Skriv bare ett ord, med bokstaver. Ingen mellomrom eller tall.",
  send: "Send ordet",
  left_one: "Du kan sende {{count}} ord til.",
  left_other: "Du kan sende {{count}} ord til.",
  full: "Takk! Se etter ordet ditt i skyen når de voksne har lest det.",
  closed: "Vi sender ikke flere ord nå. Se på skjermen.",
  mine: "Dine ord",
  status: { sent: "Sendt. De voksne har ikke lest det ennå.", shown: "I skyen", rephrased: "I skyen, skrevet litt annerledes", takenDown: "Tatt av skjermen", read: "Lest av de voksne" },
  withdraw: "Ta tilbake",
  withdrawn: "Ordet er tatt tilbake og slettet.",
  cloudTitle: "Ordskyen",
  // ---------- screen ----------
  screenWaiting: "Skriv ordet ditt på nettbrettet. Skyen kommer når de voksne har lest ordene.",
  screenHint: "Alle ord er lov. Skjermen viser aldri hvem som skrev hva.",
  // ---------- host ----------
  phaseOpen: "Tar imot ord.",
  phaseClosed: "Stengt for nye ord.",
  close: "Steng for nye ord",
  open: "Åpne for ord igjen",
  shuffle: "Stokk skyen",
  preview: "Dette vises på skjermen",
  previewHidden: "Skyen vises når ord fra minst {{k}} barn er godkjent.",
  queue: "Venter på deg",
  queueEmpty: "Ingen ord venter.",
  queueHidden_one: "{{count}} ord venter. Åpne private detaljer for å lese det.",
  queueHidden_other: "{{count}} ord venter. Åpne private detaljer for å lese dem.",
  queueUrgentHidden: "Noe i køen bør leses snart.",
  fromTablet: "fra et nettbrett",
  from: "Fra",
  flagged: "Merket",
  matched: "Ord som ble funnet: {{words}}",
  whatToDo: "Hva gjør jeg?",
  approve: "Godkjenn",
  fix: "Rett skrivemåten",
  fixLabel: "Ordet slik det vises i skyen",
  approveFixed: "Godkjenn rettet ord",
  cancel: "Avbryt",
  discard: "Legg bort",
  hold: "Ta ut av skyen",
  backToQueue: "Tilbake til køen",
  approved: "I skyen",
  discarded: "Lagt bort",
  passed: "Sa pass",
  sentAs: "Barnet skrev: {{word}}",
  // ---------- refusals, in plain words ----------
  errors: {
    INVALID: "Skriv bare ett ord, med bokstaver.",
    PAYLOAD_TOO_LARGE: "Ordet ble for langt.",
    FORBIDDEN: "Det kan du ikke gjøre her.",
    RATE_LIMITED: "Vent litt før du sender igjen. Det du allerede har sendt, er trygt hos de voksne.",
    STALE: "Det ordet er ikke der lenger.",
    NO_ACTIVITY: "Ordskyen er ferdig. Se på skjermen.",
    NOT_ALLOWED: "Det går ikke akkurat nå.",
    TIMEOUT: "Vi fikk ikke svar. Sjekk nettet og prøv igjen.",
    NETWORK: "Fikk ikke kontakt. Sjekk nettet og prøv igjen.",
    INTERNAL: "Noe gikk galt hos oss. Ingenting ble endret.",
    send: {
      NOT_ALLOWED: "Du har sendt det du kan nå, eller vi tar ikke imot flere ord akkurat nå.",
    },
    withdraw: {
      NOT_ALLOWED: "De voksne har allerede lest det, så det kan ikke tas tilbake.",
    },
  },
};

type Strings = typeof nb;

const nn: Strings = {
  ...nb,
  phaseOpen: "Tek imot ord.",
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Ordsky", description: "Eitt ord kvar, godkjent av dei vaksne." },
  presets: {
    glad: { name: "Ordsky: Kva gjer deg glad?", description: "Kvart barn sender eitt ord. Du les og godkjenner før orda blir viste i skya." },
    hjelper: {
      name: "Ordsky: Kva hjelper når du er lei deg?",
      description: "Opptil tre ord kvar. Du les og godkjenner før orda blir viste i skya.",
    },
  },
  prompts: { glad: "Kva gjer deg glad?", hjelper: "Kva hjelper når du er lei deg?" },
  defaultPrompt: "Eitt ord",
  wordLabel: "Skriv eitt ord",
  wordHint: "Berre eitt ord, utan mellomrom. Bindestrek går fint: is-krem. Ikkje skriv namn.",
  notOneWord: "Skriv berre eitt ord, med bokstavar. Ingen mellomrom eller tal.",
  send: "Send ordet",
  left_one: "Du kan sende {{count}} ord til.",
  left_other: "Du kan sende {{count}} ord til.",
  full: "Takk! Sjå etter ordet ditt i skya når dei vaksne har lese det.",
  closed: "Vi sender ikkje fleire ord no. Sjå på skjermen.",
  mine: "Orda dine",
  status: { sent: "Sendt. Dei vaksne har ikkje lese det enno.", shown: "I skya", rephrased: "I skya, skrive litt annleis", takenDown: "Teke av skjermen", read: "Lese av dei vaksne" },
  withdraw: "Ta tilbake",
  withdrawn: "Ordet er teke tilbake og sletta.",
  cloudTitle: "Ordskya",
  screenWaiting: "Skriv ordet ditt på nettbrettet. Skya kjem når dei vaksne har lese orda.",
  screenHint: "Alle ord er lov. Skjermen viser aldri kven som skreiv kva.",
  errors: {
    ...nb.errors,
    INVALID: "Skriv berre eitt ord, med bokstavar.",
    PAYLOAD_TOO_LARGE: "Ordet vart for langt.",
    FORBIDDEN: "Det kan du ikkje gjere her.",
    RATE_LIMITED: "Vent litt før du sender igjen. Det du allereie har sendt, er trygt hos dei vaksne.",
    STALE: "Det ordet er ikkje der lenger.",
    NO_ACTIVITY: "Ordskya er ferdig. Sjå på skjermen.",
    NOT_ALLOWED: "Det går ikkje akkurat no.",
    TIMEOUT: "Vi fekk ikkje svar. Sjekk nettet og prøv igjen.",
    NETWORK: "Fekk ikkje kontakt. Sjekk nettet og prøv igjen.",
    INTERNAL: "Noko gjekk gale hos oss. Ingenting vart endra.",
    send: {
      NOT_ALLOWED: "Du har sendt det du kan no, eller vi tek ikkje imot fleire ord akkurat no.",
    },
    withdraw: {
      NOT_ALLOWED: "Dei vaksne har allereie lese det, så det kan ikkje takast tilbake.",
    },
  },
};

const en: Strings = {
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Word cloud", description: "One word each, approved by the adults." },
  presets: {
    glad: { name: "Word cloud: What makes you happy?", description: "Each child sends one word. You read and approve before the words appear in the cloud." },
    hjelper: {
      name: "Word cloud: What helps when you are sad?",
      description: "Up to three words each. You read and approve before the words appear in the cloud.",
    },
  },
  prompts: { glad: "What makes you happy?", hjelper: "What helps when you are sad?" },
  defaultPrompt: "One word",
  wordLabel: "Write one word",
  wordHint: "Just one word, no spaces. A hyphen is fine: ice-cream. Don't write names.",
  notOneWord: "Write just one word, with letters. No spaces or numbers.",
  send: "Send the word",
  left_one: "You can send {{count}} more word.",
  left_other: "You can send {{count}} more words.",
  full: "Thank you! Look for your word in the cloud once the grown-ups have read it.",
  closed: "We are not sending more words now. Look at the screen.",
  mine: "Your words",
  status: { sent: "Sent. The grown-ups have not read it yet.", shown: "In the cloud", rephrased: "In the cloud, spelt a little differently", takenDown: "Taken off the screen", read: "Read by the grown-ups" },
  withdraw: "Take back",
  withdrawn: "The word was taken back and deleted.",
  cloudTitle: "The word cloud",
  screenWaiting: "Write your word on your tablet. The cloud comes when the grown-ups have read the words.",
  screenHint: "Every word is allowed. The screen never shows who wrote what.",
  phaseOpen: "Taking words.",
  phaseClosed: "Closed to new words.",
  close: "Close to new words",
  open: "Open for words again",
  shuffle: "Shuffle the cloud",
  preview: "This is shown on the screen",
  previewHidden: "The cloud appears once words from at least {{k}} children are approved.",
  queue: "Waiting for you",
  queueEmpty: "No words are waiting.",
  queueHidden_one: "{{count}} word is waiting. Open private details to read it.",
  queueHidden_other: "{{count}} words are waiting. Open private details to read them.",
  queueUrgentHidden: "Something in the queue should be read soon.",
  fromTablet: "from a tablet",
  from: "From",
  flagged: "Flagged",
  matched: "Words found: {{words}}",
  whatToDo: "What do I do?",
  approve: "Approve",
  fix: "Fix the spelling",
  fixLabel: "The word as shown in the cloud",
  approveFixed: "Approve corrected word",
  cancel: "Cancel",
  discard: "Discard",
  hold: "Take out of the cloud",
  backToQueue: "Back to the queue",
  approved: "In the cloud",
  discarded: "Discarded",
  passed: "Passed",
  sentAs: "The child wrote: {{word}}",
  errors: {
    INVALID: "Write just one word, with letters.",
    PAYLOAD_TOO_LARGE: "The word was too long.",
    FORBIDDEN: "You can't do that here.",
    RATE_LIMITED: "Wait a little before sending again. What you already sent is safe with the grown-ups.",
    STALE: "That word is no longer there.",
    NO_ACTIVITY: "The word cloud has finished. Look at the screen.",
    NOT_ALLOWED: "That is not possible right now.",
    TIMEOUT: "We got no answer. Check the network and try again.",
    NETWORK: "Could not connect. Check the network and try again.",
    INTERNAL: "Something went wrong on our side. Nothing was changed.",
    send: {
      NOT_ALLOWED: "You have sent what you can for now, or we are not taking more words right now.",
    },
    withdraw: {
      NOT_ALLOWED: "The grown-ups have already read it, so it can't be taken back.",
    },
  },
};

/** The presets' prompts, so the views can show them in the room's language. */
export const KNOWN_PROMPTS: Readonly<Record<keyof Strings["prompts"], readonly string[]>> = {
  glad: [nb.prompts.glad, nn.prompts.glad, en.prompts.glad],
  hjelper: [nb.prompts.hjelper, nn.prompts.hjelper, en.prompts.hjelper],
};

export const wordcloudMeta: ActivityMeta<"wordcloud"> = {
  strings: { nb, nn, en },
  presets: [
    { labelKey: "wordcloud.presets.glad", config: { prompt: nb.prompts.glad, maxPerSeat: 1 } },
    { labelKey: "wordcloud.presets.hjelper", config: { prompt: nb.prompts.hjelper, maxPerSeat: 3 } },
  ],
};
