/**
 * Strings of a group's kept results (the opt-in, the CSV and the printed report), in bokmål,
 * nynorsk and English. Registered under the top-level key `results`.
 */
import { addActivityStrings } from "../i18n/index.js";

const nb = {
  title: "Gruppesvar til rapportering",
  titleOf: "Gruppesvar til rapportering for {{name}}",
  keep: "Ta vare på gruppesvar fra Dagens tommel og Evaluering",
  whatIsKept:
    "Av som standard. Slått på tas bare hele gruppas bilde vare på, per setning og per møte, og bare når minst {{k}} har svart: et antall på minst {{k}}, ellers ordet «noen» eller «mange». Aldri et enkelt barns svar, aldri pass, aldri hvem som svarte. Det som allerede er lagret, blir liggende til dere sletter det.",
  notInstrument: "Dette er barnas egne ord om gruppa, ikke et klinisk måleverktøy. Bruk det som en samtale om hva gruppa fikk til.",
  none: "Ingenting er lagret ennå.",
  count_one: "{{count}} lagret bilde.",
  count_other: "{{count}} lagrede bilder.",
  csv: "Last ned CSV",
  csvLabel: "Last ned gruppesvarene for {{name}} som CSV",
  report: "Vis rapport for utskrift",
  reportLabel: "Vis rapport for utskrift for {{name}}",
  print: "Skriv ut",
  close: "Lukk rapporten",
  delete: "Slett lagrede gruppesvar",
  deleteConfirm: "Slette alle lagrede gruppesvar for «{{name}}»?",
  deleted: "Lagrede gruppesvar er slettet.",
  reportTitle: "Gruppesvar: {{name}}",
  reportAbout: "Hele gruppas svar fra Dagens tommel og Evaluering. Bare der minst {{k}} barn svarte; mindre grupper av svar står som «noen». Ingen enkeltbarn, ingen pass.",
  reportMade: "Laget {{date}}",
  reportEmpty: "Ingen lagrede gruppesvar.",
  columns: { date: "Dato", meeting: "Møte", activity: "Aktivitet", question: "Setning", answer: "Svar", amount: "Antall", k: "k" },
  errors: { NOT_FOUND: "Fant ikke gruppa.", NETWORK: "Fikk ikke kontakt med serveren. Prøv igjen.", other: "Noe gikk galt. Prøv igjen." },
};
type Strings = typeof nb;

const nn: Strings = {
  title: "Gruppesvar til rapportering",
  titleOf: "Gruppesvar til rapportering for {{name}}",
  keep: "Ta vare på gruppesvar frå Dagens tommel og Evaluering",
  whatIsKept:
    "Av som standard. Slått på blir berre heile gruppa sitt bilete teke vare på, per setning og per møte, og berre når minst {{k}} har svart: eit tal på minst {{k}}, elles ordet «nokre» eller «mange». Aldri svaret til eitt enkelt barn, aldri pass, aldri kven som svarte. Det som alt er lagra, blir liggjande til de slettar det.",
  notInstrument: "Dette er orda til barna om gruppa, ikkje eit klinisk måleverktøy. Bruk det som ein samtale om kva gruppa fekk til.",
  none: "Ingenting er lagra enno.",
  count_one: "{{count}} lagra bilete.",
  count_other: "{{count}} lagra bilete.",
  csv: "Last ned CSV",
  csvLabel: "Last ned gruppesvara for {{name}} som CSV",
  report: "Vis rapport for utskrift",
  reportLabel: "Vis rapport for utskrift for {{name}}",
  print: "Skriv ut",
  close: "Lukk rapporten",
  delete: "Slett lagra gruppesvar",
  deleteConfirm: "Slette alle lagra gruppesvar for «{{name}}»?",
  deleted: "Lagra gruppesvar er sletta.",
  reportTitle: "Gruppesvar: {{name}}",
  reportAbout: "Heile gruppa sine svar frå Dagens tommel og Evaluering. Berre der minst {{k}} born svarte; mindre grupper av svar står som «nokre». Ingen enkeltborn, ingen pass.",
  reportMade: "Laga {{date}}",
  reportEmpty: "Ingen lagra gruppesvar.",
  columns: { date: "Dato", meeting: "Møte", activity: "Aktivitet", question: "Setning", answer: "Svar", amount: "Tal", k: "k" },
  errors: { NOT_FOUND: "Fann ikkje gruppa.", NETWORK: "Fekk ikkje kontakt med serveren. Prøv igjen.", other: "Noko gjekk gale. Prøv igjen." },
};

const en: Strings = {
  title: "Group answers for reporting",
  titleOf: "Group answers for reporting for {{name}}",
  keep: "Keep group answers from Today's thumb and Evaluation",
  whatIsKept:
    "Off by default. When on, only the whole group's picture is kept, per sentence and per meeting, and only when at least {{k}} have answered: a number of at least {{k}}, otherwise the word “some” or “many”. Never one child's answer, never a pass, never who answered. What is already kept stays until you delete it.",
  notInstrument: "These are the children's own words about the group, not a clinical measuring tool. Use it as a conversation about what the group achieved.",
  none: "Nothing is kept yet.",
  count_one: "{{count}} kept picture.",
  count_other: "{{count}} kept pictures.",
  csv: "Download CSV",
  csvLabel: "Download the group answers for {{name}} as CSV",
  report: "Show the report for printing",
  reportLabel: "Show the report for printing for {{name}}",
  print: "Print",
  close: "Close the report",
  delete: "Delete the kept group answers",
  deleteConfirm: "Delete all kept group answers for “{{name}}”?",
  deleted: "The kept group answers are deleted.",
  reportTitle: "Group answers: {{name}}",
  reportAbout: "The whole group's answers from Today's thumb and Evaluation. Only where at least {{k}} children answered; smaller groups of answers read “some”. No single child, no passes.",
  reportMade: "Made {{date}}",
  reportEmpty: "No kept group answers.",
  columns: { date: "Date", meeting: "Meeting", activity: "Activity", question: "Sentence", answer: "Answer", amount: "Number", k: "k" },
  errors: { NOT_FOUND: "The group was not found.", NETWORK: "Could not reach the server. Try again.", other: "Something went wrong. Try again." },
};

export const resultsStrings = { nb, nn, en };

let registered = false;
export function registerResultsStrings(): void {
  if (registered) return;
  registered = true;
  addActivityStrings("results", resultsStrings);
}
