/**
 * The lines a facilitator reads when Sammen starts. They never offer an address tablets cannot
 * reach: PUBLIC_URL wins (it is what the console and the projector's QR code use too); a server
 * bound to a loopback address says that tablets cannot join, instead of printing a LAN address
 * it is not listening on.
 */
export interface StartLogInput {
  /** Where this machine reaches the server (http://127.0.0.1:port). */
  local: string;
  /** The address children and leaders are given (PUBLIC_URL or the derived one). */
  publicUrl: string;
  /** The interface the server is bound to (HOST). */
  host: string;
  /** Whether PUBLIC_URL was set. */
  publicUrlSet: boolean;
  dbPath: string;
  setupCode: string | null;
}

const LOOPBACK = /^(127\.|::1$|localhost$)/;

export function startLog(i: StartLogInput): string[] {
  const reach = i.publicUrlSet
    ? [`  Tablets and leaders:  ${i.publicUrl}/host  (tablets join at ${i.publicUrl}/join; from PUBLIC_URL)`]
    : LOOPBACK.test(i.host)
      ? [
          `  Bound to ${i.host} (HOST): only this machine can open Sammen, tablets cannot join.`,
          "  To let tablets in, start with HOST=0.0.0.0 (or set PUBLIC_URL to the address they use).",
        ]
      : i.publicUrl !== i.local
        ? [`  On the group's WiFi:  ${i.publicUrl}/host  (tablets join at ${i.publicUrl}/join)`]
        : ["  No LAN address found: tablets must reach this machine by its address, or set PUBLIC_URL."];
  return [
    "",
    "  Sammen is running.",
    `  Facilitator console:  ${i.local}/host`,
    ...reach,
    `  Database:             ${i.dbPath}`,
    ...(i.setupCode
      ? ["", `  First run: create the first facilitator account at /host with the setup code  ${i.setupCode}`, "  (only someone who can read this log has it; it stops working once the account exists)."]
      : []),
    "",
  ];
}
