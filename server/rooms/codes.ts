/** Room codes: short, uppercase, no look-alikes (no 0/O, 1/I/L), unique among live rooms. */
import { customAlphabet } from "nanoid";

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 5;
const generate = customAlphabet(CODE_ALPHABET, CODE_LENGTH);
const codePattern = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export function newRoomCode(isTaken: (code: string) => boolean): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const code = generate();
    if (!isTaken(code)) return code;
  }
  throw new Error("Could not find a free room code");
}

/** Children type codes: accept lower case and stray spaces, refuse anything else. */
export function normaliseCode(input: string): string | null {
  const code = input.replace(/\s+/g, "").toUpperCase();
  return codePattern.test(code) ? code : null;
}
