/**
 * Adult wording for a parent meeting's room (audience "voksne"), in bokmål,
 * nynorsk and English. Each key here is the adult variant of the same key
 * without the `voksne.` prefix (`voksne.help.button` for `help.button`);
 * `useAudienceT` (./audience.ts) picks it in an adult room and falls back to
 * the ordinary key where no adult variant is needed. Two sections are not
 * variants: `content` (help text that lives in shared/content for children)
 * and `console` (the leader's words for parent meetings).
 *
 * The tablet downloads this module only when it joins an adult room
 * (./tablet/index.ts), so a child's tablet never carries it. The words never
 * promise secrecy: the leaders can see which tablet sent something.
 */
const nb = {
  help: {
    button: "Jeg vil snakke med en av lederne",
    sent: "En av lederne kommer til deg.",
    sentMore: "Bli der du er, så kommer en av oss bort til deg så snart vi kan.",
  },
  common: { noVoice: "Dette nettbrettet har ingen norsk stemme for opplesing." },
  join: {
    pickAvatar: "Velg et dyr",
    pickAvatarHint: "Dyret er ditt i dette møtet, så ingen trenger å skrive navnet sitt.",
    lobbyWait: "Vi begynner snart. Se på skjermen.",
    kickedText: "Lurer du på noe, kan du snakke med en av lederne.",
    privacy: "Det du skriver, leser lederne først. Skjermen viser bare det lederne har godkjent, aldri hvem som skrev det, og svar vises bare samlet for gruppa. Alt slettes når møtet er slutt.",
  },
  safeguarding: {
    strip: { kinds: { help: "Vil snakke med en av lederne" } },
    tablet: { offlineQueued: "Beskjeden sendes når nettet er tilbake. Du kan også gå bort til en av lederne nå." },
    report: { done: "Takk. Det er tatt av skjermen, og lederne ser på det." },
  },
  questionbox: {
    reportedBy_one: "En deltaker sa fra at dette var vondt å se. Tatt av skjermen.",
    reportedBy_other: "{{count}} deltakere sa fra at dette var vondt å se. Tatt av skjermen.",
    asSent: "Deltakeren skrev: {{text}}",
    writeHint: "Ikke skriv navn. Lederne leser alt før noe vises på skjermen.",
    send: "Send til lederne",
    status: { sent: "Sendt. Lederne har ikke lest det ennå.", read: "Lest av lederne" },
    reportQuestion: "Var dette spørsmålet vondt å se? Da tar vi det av skjermen, og lederne ser på det.",
    reported: "Takk for at du sa fra. Lederne ser på det.",
    screenEmpty: "Skriv spørsmålet ditt på nettbrettet. Lederne leser alle spørsmål først.",
    errors: {
      RATE_LIMITED: "Vent litt før du sender igjen. Det du har sendt, er kommet fram til lederne.",
      ask: { NOT_ALLOWED: "Boksen tar ikke imot flere spørsmål akkurat nå. Vent til lederne har lest noen." },
      withdraw: { NOT_ALLOWED: "Lederne har allerede lest det, så det kan ikke tas tilbake." },
    },
  },
  wordcloud: {
    previewHidden: "Skyen vises når ord fra minst {{k}} deltakere er godkjent.",
    sentAs: "Deltakeren skrev: {{word}}",
    wordHint: "Bare ett ord, uten mellomrom. Bindestrek går fint. Ikke skriv navn.",
    full: "Takk! Ordet ditt kommer i skyen når lederne har lest det.",
    status: { sent: "Sendt. Lederne har ikke lest det ennå.", read: "Lest av lederne" },
    screenWaiting: "Skriv ordet ditt på nettbrettet. Skyen kommer når lederne har lest ordene.",
    errors: {
      RATE_LIMITED: "Vent litt før du sender igjen. Det du har sendt, er kommet fram til lederne.",
      withdraw: { NOT_ALLOWED: "Lederne har allerede lest det, så det kan ikke tas tilbake." },
    },
  },
  quiz: {
    explanationFor: "Forklaringen deltakerne ser ({{band}})",
    hint: {
      young: "Velg det du mener stemmer. Du kan endre svaret til lederne viser svaret.",
      older: "Velg det du mener stemmer. Du kan endre svaret til lederne viser svaret.",
    },
    thanksMore: "Du kan endre svaret til lederne viser svaret.",
    manyThoughtMore: "Det er en vanlig tanke, og godt å snakke om.",
    endTablet: "Takk for at du var med!",
    endText: "Lurer du på noe, kan du snakke med en av oss lederne i pausen eller etter møtet.",
  },
  tommel: {
    prompt: "Hvordan var møtet i dag?",
    thanks: "Takk! Du kan endre svaret til lederne viser bildet.",
    screenTitle: "Sånn var møtet i dag",
    screenTooFew: "Takk for i dag!",
  },
  content: {
    afterSendTitle: "Sendt til lederne",
    afterSendBody: "De andre ser ikke at det er fra deg. Lederne kan se hvilket nettbrett det kom fra, så de kan snakke med deg om det trengs.",
    trustedTitle: "Snakk med en av oss lederne",
    trustedBody: "Vi er her før og etter møtet. Du kan også snakke med fastlegen din eller med helsesykepleieren på skolen til barnet.",
  },
  console: {
    newRoom: "Åpne rom for foreldremøte",
    badge: "Foreldremøte: ord for voksne",
    hint: "Nettbrett og skjerm bruker ord for voksne. Spill og aktiviteter laget for barn tilbys ikke her.",
    presets: {
      questionbox: { name: "Spørsmålsboksen for foreldre", description: "Foreldrene skriver et spørsmål eller velger et ferdig spørsmål. Du leser alt først." },
      sett: { name: "Ordsky: Hva har du sett hos barnet ditt?", description: "Opptil to ord hver. Du leser og godkjenner før ordene vises." },
      trenger: { name: "Ordsky: Hva trenger du for å snakke med barnet?", description: "Opptil tre ord hver. Du leser og godkjenner før ordene vises." },
      quiz: { name: "Quiz: Myter og fakta for foreldre", description: "Om barn, åpenhet og skyld, med forklaring og ledernotat til hvert kort." },
      tommel: { name: "Dagens tommel", description: "Hvordan var møtet? Tommel opp, midt imellom eller ned." },
    },
  },
};

type Strings = typeof nb;

const nn: Strings = {
  help: {
    button: "Eg vil snakke med ein av leiarane",
    sent: "Ein av leiarane kjem til deg.",
    sentMore: "Bli der du er, så kjem ein av oss bort til deg så snart vi kan.",
  },
  common: { noVoice: "Dette nettbrettet har inga norsk stemme for opplesing." },
  join: {
    pickAvatar: "Vel eit dyr",
    pickAvatarHint: "Dyret er ditt i dette møtet, så ingen treng å skrive namnet sitt.",
    lobbyWait: "Vi byrjar snart. Sjå på skjermen.",
    kickedText: "Lurer du på noko, kan du snakke med ein av leiarane.",
    privacy: "Det du skriv, les leiarane først. Skjermen viser berre det leiarane har godkjent, aldri kven som skreiv det, og svar blir berre viste samla for gruppa. Alt blir sletta når møtet er slutt.",
  },
  safeguarding: {
    strip: { kinds: { help: "Vil snakke med ein av leiarane" } },
    tablet: { offlineQueued: "Beskjeden blir send når nettet er tilbake. Du kan òg gå bort til ein av leiarane no." },
    report: { done: "Takk. Det er teke av skjermen, og leiarane ser på det." },
  },
  questionbox: {
    reportedBy_one: "Ein deltakar sa frå at dette var vondt å sjå. Teke av skjermen.",
    reportedBy_other: "{{count}} deltakarar sa frå at dette var vondt å sjå. Teke av skjermen.",
    asSent: "Deltakaren skreiv: {{text}}",
    writeHint: "Ikkje skriv namn. Leiarane les alt før noko blir vist på skjermen.",
    send: "Send til leiarane",
    status: { sent: "Sendt. Leiarane har ikkje lese det enno.", read: "Lese av leiarane" },
    reportQuestion: "Var dette spørsmålet vondt å sjå? Då tek vi det av skjermen, og leiarane ser på det.",
    reported: "Takk for at du sa frå. Leiarane ser på det.",
    screenEmpty: "Skriv spørsmålet ditt på nettbrettet. Leiarane les alle spørsmål først.",
    errors: {
      RATE_LIMITED: "Vent litt før du sender igjen. Det du har sendt, har kome fram til leiarane.",
      ask: { NOT_ALLOWED: "Boksen tek ikkje imot fleire spørsmål akkurat no. Vent til leiarane har lese nokre." },
      withdraw: { NOT_ALLOWED: "Leiarane har allereie lese det, så det kan ikkje takast tilbake." },
    },
  },
  wordcloud: {
    previewHidden: "Skya blir vist når ord frå minst {{k}} deltakarar er godkjende.",
    sentAs: "Deltakaren skreiv: {{word}}",
    wordHint: "Berre eitt ord, utan mellomrom. Bindestrek går fint. Ikkje skriv namn.",
    full: "Takk! Ordet ditt kjem i skya når leiarane har lese det.",
    status: { sent: "Sendt. Leiarane har ikkje lese det enno.", read: "Lese av leiarane" },
    screenWaiting: "Skriv ordet ditt på nettbrettet. Skya kjem når leiarane har lese orda.",
    errors: {
      RATE_LIMITED: "Vent litt før du sender igjen. Det du har sendt, har kome fram til leiarane.",
      withdraw: { NOT_ALLOWED: "Leiarane har allereie lese det, så det kan ikkje takast tilbake." },
    },
  },
  quiz: {
    explanationFor: "Forklaringa deltakarane ser ({{band}})",
    hint: {
      young: "Vel det du meiner stemmer. Du kan endre svaret til leiarane viser svaret.",
      older: "Vel det du meiner stemmer. Du kan endre svaret til leiarane viser svaret.",
    },
    thanksMore: "Du kan endre svaret til leiarane viser svaret.",
    manyThoughtMore: "Det er ein vanleg tanke, og godt å snakke om.",
    endTablet: "Takk for at du var med!",
    endText: "Lurer du på noko, kan du snakke med ein av oss leiarane i pausen eller etter møtet.",
  },
  tommel: {
    prompt: "Korleis var møtet i dag?",
    thanks: "Takk! Du kan endre svaret til leiarane viser biletet.",
    screenTitle: "Slik var møtet i dag",
    screenTooFew: "Takk for i dag!",
  },
  content: {
    afterSendTitle: "Sendt til leiarane",
    afterSendBody: "Dei andre ser ikkje at det er frå deg. Leiarane kan sjå kva nettbrett det kom frå, så dei kan snakke med deg om det trengst.",
    trustedTitle: "Snakk med ein av oss leiarane",
    trustedBody: "Vi er her før og etter møtet. Du kan òg snakke med fastlegen din eller med helsesjukepleiaren på skulen til barnet.",
  },
  console: {
    newRoom: "Opne rom for foreldremøte",
    badge: "Foreldremøte: ord for vaksne",
    hint: "Nettbrett og skjerm bruker ord for vaksne. Spel og aktivitetar laga for born blir ikkje tilbodne her.",
    presets: {
      questionbox: { name: "Spørsmålsboksen for foreldre", description: "Foreldra skriv eit spørsmål eller vel eit ferdig spørsmål. Du les alt først." },
      sett: { name: "Ordsky: Kva har du sett hos barnet ditt?", description: "Opptil to ord kvar. Du les og godkjenner før orda blir viste." },
      trenger: { name: "Ordsky: Kva treng du for å snakke med barnet?", description: "Opptil tre ord kvar. Du les og godkjenner før orda blir viste." },
      quiz: { name: "Quiz: Mytar og fakta for foreldre", description: "Om born, openheit og skuld, med forklaring og leiarnotat til kvart kort." },
      tommel: { name: "Dagens tommel", description: "Korleis var møtet? Tommel opp, midt imellom eller ned." },
    },
  },
};

const en: Strings = {
  help: {
    button: "I want to talk to one of the leaders",
    sent: "One of the leaders is coming to you.",
    sentMore: "Stay where you are, and one of us will come over as soon as we can.",
  },
  common: { noVoice: "This tablet has no Norwegian voice for reading aloud." },
  join: {
    pickAvatar: "Choose an animal",
    pickAvatarHint: "The animal is yours for this meeting, so nobody needs to write their name.",
    lobbyWait: "We will start soon. Look at the screen.",
    kickedText: "If you are wondering about something, you can talk to one of the leaders.",
    privacy: "The leaders read what you write first. The screen shows only what the leaders have approved, never who wrote it, and answers are only shown for the group as a whole. Everything is deleted when the meeting ends.",
  },
  safeguarding: {
    strip: { kinds: { help: "Wants to talk to one of the leaders" } },
    tablet: { offlineQueued: "The message is sent when the network is back. You can also go over to one of the leaders now." },
    report: { done: "Thank you. It has been taken off the screen, and the leaders will look at it." },
  },
  questionbox: {
    reportedBy_one: "A participant said this was upsetting to see. Taken off the screen.",
    reportedBy_other: "{{count}} participants said this was upsetting to see. Taken off the screen.",
    asSent: "The participant wrote: {{text}}",
    writeHint: "Don't write names. The leaders read everything before anything is shown on the screen.",
    send: "Send to the leaders",
    status: { sent: "Sent. The leaders have not read it yet.", read: "Read by the leaders" },
    reportQuestion: "Was this question upsetting to see? Then we take it off the screen and the leaders look at it.",
    reported: "Thank you for telling us. The leaders will look at it.",
    screenEmpty: "Write your question on your tablet. The leaders read every question first.",
    errors: {
      RATE_LIMITED: "Wait a little before sending again. What you sent has reached the leaders.",
      ask: { NOT_ALLOWED: "The box is not taking more questions right now. Wait until the leaders have read some." },
      withdraw: { NOT_ALLOWED: "The leaders have already read it, so it can't be taken back." },
    },
  },
  wordcloud: {
    previewHidden: "The cloud appears once words from at least {{k}} participants are approved.",
    sentAs: "The participant wrote: {{word}}",
    wordHint: "Just one word, no spaces. A hyphen is fine. Don't write names.",
    full: "Thank you! Your word joins the cloud once the leaders have read it.",
    status: { sent: "Sent. The leaders have not read it yet.", read: "Read by the leaders" },
    screenWaiting: "Write your word on your tablet. The cloud comes when the leaders have read the words.",
    errors: {
      RATE_LIMITED: "Wait a little before sending again. What you sent has reached the leaders.",
      withdraw: { NOT_ALLOWED: "The leaders have already read it, so it can't be taken back." },
    },
  },
  quiz: {
    explanationFor: "The explanation the participants see ({{band}})",
    hint: {
      young: "Choose what you think is true. You can change your answer until the leaders show the answer.",
      older: "Choose what you think is true. You can change your answer until the leaders show the answer.",
    },
    thanksMore: "You can change your answer until the leaders show the answer.",
    manyThoughtMore: "It is a common thought, and a good one to talk about.",
    endTablet: "Thank you for taking part!",
    endText: "If you are wondering about something, you can talk to one of us leaders in the break or after the meeting.",
  },
  tommel: {
    prompt: "How was the meeting today?",
    thanks: "Thank you! You can change your answer until the leaders show the picture.",
    screenTitle: "This is how the meeting was today",
    screenTooFew: "Thank you for today!",
  },
  content: {
    afterSendTitle: "Sent to the leaders",
    afterSendBody: "The others cannot see it is from you. The leaders can see which tablet it came from, so they can talk with you if needed.",
    trustedTitle: "Talk to one of us leaders",
    trustedBody: "We are here before and after the meeting. You can also talk to your GP, or to the school nurse at your child's school.",
  },
  console: {
    newRoom: "Open a room for a parent meeting",
    badge: "Parent meeting: words for adults",
    hint: "Tablets and the screen use words for adults. Games and activities made for children are not offered here.",
    presets: {
      questionbox: { name: "The question box for parents", description: "Parents write a question or pick a ready-made one. You read everything first." },
      sett: { name: "Word cloud: What have you noticed in your child?", description: "Up to two words each. You read and approve before the words are shown." },
      trenger: { name: "Word cloud: What do you need to talk with your child?", description: "Up to three words each. You read and approve before the words are shown." },
      quiz: { name: "Quiz: Myths and facts for parents", description: "On children, openness and guilt, with an explanation and a leader note on every card." },
      tommel: { name: "How was today?", description: "How was the meeting? Thumbs up, in between or down." },
    },
  },
};

export const voksneStrings = { nb, nn, en };
