/**
 * The one wire contract between the Sammen server and its three kinds of client
 * (host console, projector screen, child tablet). Event names are `domain:verb`.
 *
 * Every client→server event carries one object payload with a `commandId` and is
 * answered through a Socket.IO acknowledgement with an `Ack`. The server is
 * authoritative: clients send intents and render the latest `RoomEnvelope` for
 * their role; they never patch state themselves.
 */
import { z } from "zod";
import { GROUP_STRENGTH_IDS, MAX_CELEBRATION_STRENGTHS, MAX_CELEBRATION_WORDS, type GroupStrengthId } from "./content/group-strengths.js";
import { CALM_DEFAULT_CYCLES, CALM_MAX_CYCLES, CALM_MIN_CYCLES, CALM_PATTERN_IDS, type CalmView } from "./room/calm.js";
import { GOAL_MAX_LIT, GOAL_MAX_TARGET, GOAL_MIN_TARGET, type GoalView } from "./room/goal.js";
import type { PatchOp } from "./room/view-patch.js";
import type { AgendaView } from "./room/agenda-state.js";
import type { AgeBand, Audience, AvatarId, Language, RoomSettings } from "./room/types.js";
import type { AttentionKind } from "./safeguarding/attention.js";
import type { Flag } from "./safeguarding/index.js";

/** Bumped on any breaking change to events or payloads. A mismatched client is told to reload. */
export { PROTOCOL_VERSION } from "./version.js";

export { ERROR_CODES, type ErrorCode } from "./errors.js";
import type { ErrorCode } from "./errors.js";

export type AckOk = { ok: true; version: number };
export type AckError = { ok: false; code: ErrorCode; message: string };
export type Ack = AckOk | AckError;
/**
 * An acknowledgement as it travels. One to a tablet may carry that tablet's own view update
 * (docs/protocol.md, "An update inside an acknowledgement"): the `room:view` or `room:patch` its
 * seat would otherwise be sent next, applied by the SDK before the acknowledgement resolves.
 */
export type WireAck = Ack & { update?: ViewUpdate };
export type AckCallback = (ack: WireAck) => void;

export const MAX_PAYLOAD_BYTES = 8 * 1024;

// ---------- identity ----------

export const ROLES = ["host", "screen", "seat"] as const;
export type Role = (typeof ROLES)[number];

/** What the socket handshake's `auth` object must hold. */
export const handshakeAuthSchema = z.object({
  token: z.string().min(10).max(2048),
  protocolVersion: z.number().int(),
});
export type HandshakeAuth = z.infer<typeof handshakeAuthSchema>;

/** `connect_error.data` the server attaches when it refuses a handshake. */
export type HandshakeRefusal = { code: ErrorCode; message: string };

// ---------- client → server ----------

/** Leader text for the projector: one line, no control characters, 1–`max` characters. */
const leaderLine = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
    .refine((s) => s.length >= 1, "The text is empty.")
    .refine((s) => s.length <= max, `At most ${max} characters.`)
    .refine((s) => !/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u.test(s), "No control characters.");

/**
 * "Sist gang…": the group's memory of its last meeting, as the leader chose to show it at the
 * start of this one (docs/series.md, "The group's memory"). Group-level only: strength ids from content lists
 * and the leader's own words; there is no field a seat, an avatar or a child's text could go in.
 * `garden` ids are checked against the strength lists of the room's kinds when it is shown.
 */
export const recapSchema = z.strictObject({
  title: leaderLine(120),
  lamps: z.number().int().min(0).max(GOAL_MAX_LIT),
  /** Lamps lit in the whole series before this meeting. */
  lampsSoFar: z.number().int().min(0).max(GOAL_MAX_LIT * 40),
  strengths: z.array(z.enum(GROUP_STRENGTH_IDS)).max(GROUP_STRENGTH_IDS.length).default([]),
  garden: z.array(z.string().regex(/^[a-z]{2,16}$/)).max(20).default([]),
  words: z.array(leaderLine(200)).max(6).default([]),
  learned: z.array(leaderLine(200)).max(10).default([]),
  themes: z.array(leaderLine(120)).max(6).default([]),
});
export type Recap = z.output<typeof recapSchema>;

const commandId = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/);
const seatId = z.string().min(4).max(32).regex(/^[A-Za-z0-9_-]+$/);

/**
 * Schemas of every client→server event, with the roles allowed to send it.
 * The gateway registers handlers from this table, so an event cannot exist on
 * the wire without a schema, and the bad-input tests iterate over it.
 */
export const clientEvents = {
  /** Ask for the current view again (after a wake-up or a missed update). */
  "room:sync": {
    roles: ["host", "screen", "seat"],
    schema: z.strictObject({ commandId, lastVersion: z.number().int().min(0).optional() }),
  },
  /** Lock or unlock the room to new tablets. */
  "room:lock": {
    roles: ["host"],
    schema: z.strictObject({ commandId, locked: z.boolean() }),
  },
  /** Bring the projector's full join screen back (or let it shrink to the corner code again). */
  "room:joinScreen": {
    roles: ["host"],
    schema: z.strictObject({ commandId, shown: z.boolean() }),
  },
  /** Change room settings: disclosure threshold k, age band, language. */
  "room:configure": {
    roles: ["host"],
    schema: z.strictObject({
      commandId,
      k: z.number().int().min(2).max(10).optional(),
      ageBand: z.enum(["8-10", "11+"]).optional(),
      language: z.enum(["nb", "nn", "en"]).optional(),
      /** "Les alt høyt": tablets read each prompt and its options aloud by themselves. */
      readAloud: z.boolean().optional(),
    }),
  },
  /** End the room: wipes every child's data and sends every tablet back to the join screen. */
  "room:end": {
    roles: ["host"],
    schema: z.strictObject({ commandId }),
  },
  /** Remove a seat; its token stops working and its answers are forgotten. */
  "seat:kick": {
    roles: ["host"],
    schema: z.strictObject({ commandId, seatId }),
  },
  /** Start an activity of a registered kind (the config is checked by that kind's schema). */
  "activity:start": {
    roles: ["host"],
    schema: z.strictObject({ commandId, kind: z.string().min(1).max(40), config: z.unknown().optional() }),
  },
  /** Stop the running activity and return everyone to the lobby. */
  "activity:stop": {
    roles: ["host"],
    schema: z.strictObject({ commandId, activityId: z.string().min(1).max(40) }),
  },
  /** An intent for the running activity (checked by that kind's action schema). */
  "activity:act": {
    roles: ["host", "seat"],
    schema: z.strictObject({ commandId, activityId: z.string().min(1).max(40), action: z.unknown() }),
  },
  /** "Jeg vil snakke med en voksen": a private alert to the host, never shown or counted. */
  "help:request": {
    roles: ["seat"],
    schema: z.strictObject({ commandId }),
  },
  /** The host marks a seat's help alert (open or withdrawn) as seen. */
  "help:resolve": {
    roles: ["host"],
    schema: z.strictObject({ commandId, seatId }),
  },
  /** "Det går bra nå": the child takes its own help request back; the host sees it was withdrawn. */
  "help:withdraw": {
    roles: ["seat"],
    schema: z.strictObject({ commandId }),
  },
  /**
   * "Jeg vil si noe": the child raises its hand for a talking round (low-stakes, not the help
   * button). The host sees raised hands in order; never the projector or another tablet.
   */
  "hand:raise": {
    roles: ["seat"],
    schema: z.strictObject({ commandId }),
  },
  /** The child takes its own hand down. */
  "hand:lower": {
    roles: ["seat"],
    schema: z.strictObject({ commandId }),
  },
  /** The host lowers one child's hand (it was that child's turn, or it went up by mistake). */
  "hand:dismiss": {
    roles: ["host"],
    schema: z.strictObject({ commandId, seatId }),
  },
  /** The host lowers every raised hand (the talking round is over). */
  "hand:clear": {
    roles: ["host"],
    schema: z.strictObject({ commandId }),
  },
  /** The host has read one item on the safeguarding strip (it stays listed when the session ends). */
  "safeguarding:seen": {
    roles: ["host"],
    schema: z.strictObject({ commandId, key: z.string().min(3).max(80).regex(/^[A-Za-z0-9:_-]+$/) }),
  },
  /**
   * Pusterommet: a synced breathing guide on every screen and tablet at once, over any activity.
   * It starts CALM_LEAD_MS after the command (server time) and ends by itself; everyone is then
   * back where they were. Starting again replaces the one that is on.
   */
  "calm:start": {
    roles: ["host"],
    schema: z.strictObject({
      commandId,
      pattern: z.enum(CALM_PATTERN_IDS).default("4-5"),
      cycles: z.number().int().min(CALM_MIN_CYCLES).max(CALM_MAX_CYCLES).default(CALM_DEFAULT_CYCLES),
    }),
  },
  /** End the calm-down now. */
  "calm:stop": {
    roles: ["host"],
    schema: z.strictObject({ commandId }),
  },
  /** How many lamps the shared goal meter needs to be full. Lit lamps are never taken away. */
  "goal:configure": {
    roles: ["host"],
    schema: z.strictObject({ commandId, target: z.number().int().min(GOAL_MIN_TARGET).max(GOAL_MAX_TARGET) }),
  },
  /** Light one lamp by hand (the meter only goes up; there is no way to lower it). */
  "goal:light": {
    roles: ["host"],
    schema: z.strictObject({ commandId }),
  },
  /** Name the strengths the group used, on the screen and tablets (host-picked and/or host-written). */
  "goal:celebrate": {
    roles: ["host"],
    schema: z.strictObject({
      commandId,
      strengths: z.array(z.enum(GROUP_STRENGTH_IDS)).max(MAX_CELEBRATION_STRENGTHS).default([]),
      words: z
        .string()
        .max(MAX_CELEBRATION_WORDS * 2)
        .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
        .refine((s) => s.length <= MAX_CELEBRATION_WORDS, `At most ${MAX_CELEBRATION_WORDS} characters.`)
        .refine((s) => !/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u.test(s), "No control characters.")
        .optional(),
    }),
  },
  /** Show "Sist gang…" on the projector: the last meeting's memory, as the leader left it. */
  "recap:show": {
    roles: ["host"],
    schema: z.strictObject({ commandId, recap: recapSchema }),
  },
  /** Take "Sist gang…" off the projector (starting an activity does this too). */
  "recap:hide": {
    roles: ["host"],
    schema: z.strictObject({ commandId }),
  },
  /** Take the celebration off the screens. */
  "goal:dismiss": {
    roles: ["host"],
    schema: z.strictObject({ commandId }),
  },
  /**
   * Go to a step of the meeting's agenda (Neste / Forrige / a step picked from the list). `from`
   * is the step the console showed; if the agenda has moved since, the command is STALE.
   */
  "agenda:goto": {
    roles: ["host"],
    schema: z.strictObject({ commandId, index: z.number().int().min(0).max(100), from: z.number().int().min(-1).max(100) }),
  },
  /** Insert an unplanned step after the current one and go to it (its config is checked by its kind). */
  "agenda:insert": {
    roles: ["host"],
    schema: z.strictObject({
      commandId,
      from: z.number().int().min(-1).max(100),
      step: z.strictObject({
        kind: z.string().min(1).max(40),
        title: z.string().trim().min(1).max(120),
        config: z.unknown().optional(),
        note: z.string().max(1000).optional(),
        minutes: z.number().int().min(0).max(240).optional(),
      }),
    }),
  },
} as const satisfies Record<string, { roles: readonly Role[]; schema: z.ZodType }>;

/**
 * Live input: high-rate samples (a held button, a drag) that are not intents. They carry no
 * commandId, are sent with socket.io's `volatile` flag (dropped rather than queued when the
 * link is busy), at most INPUT_MAX_HZ per tablet, and the server coalesces them per seat to
 * the same rate (latest wins). An optional acknowledgement only confirms receipt or reports a
 * validation error. The kind's own `input.schema` checks the `input` object.
 */
export const clientInputs = {
  "activity:input": {
    roles: ["seat"],
    schema: z.strictObject({ activityId: z.string().min(1).max(40), input: z.unknown() }),
  },
} as const satisfies Record<string, { roles: readonly Role[]; schema: z.ZodType }>;
export type ClientInputName = keyof typeof clientInputs;
export type ClientInputPayload<E extends ClientInputName> = z.infer<(typeof clientInputs)[E]["schema"]>;
export const CLIENT_INPUT_NAMES = Object.keys(clientInputs) as ClientInputName[];
export { INPUT_MAX_HZ, INPUT_MIN_INTERVAL_MS } from "./input.js";

export type ClientEventName = keyof typeof clientEvents;
export type ClientPayload<E extends ClientEventName> = z.infer<(typeof clientEvents)[E]["schema"]>;
export const CLIENT_EVENT_NAMES = Object.keys(clientEvents) as ClientEventName[];

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: AckCallback) => void;
} & {
  [E in ClientInputName]: (payload: ClientInputPayload<E>, ack?: AckCallback) => void;
};

// ---------- server → client ----------

export type PresenceState = "present" | "away" | "left";

export interface HostSeat {
  seatId: string;
  avatar: AvatarId;
  presence: PresenceState;
  /** An open "I want to talk to an adult" alert (host only, never projected). */
  helpRequestedAt: number | null;
  /** The child took its help request back ("Det går bra nå") at this time; cleared when the host marks it seen. */
  helpWithdrawnAt: number | null;
}

/** A raised "Jeg vil si noe" hand, for the host only, in the order the hands went up. */
export interface HostHand {
  seatId: string;
  avatar: AvatarId;
  /** When it went up (server clock). */
  raisedAt: number;
}

/**
 * One thing that needs a leader, for the safeguarding strip and the end-of-session list
 * (docs/safeguarding.md). Host view only: never sent to a tablet or the projector.
 */
export interface SafeguardingItemView {
  /** Stable while the room lives: "help:<seat>" or "<activity id>:<the kind's key>". */
  key: string;
  source: "help" | "helpWithdrawn" | AttentionKind;
  /** The activity kind it came from; null for a help alert. */
  activityKind: string | null;
  seatId: string;
  avatar: AvatarId;
  /** The child's words; null for a help alert. */
  text: string | null;
  flag: Flag | null;
  /** The leader's private "Snakk senere" note. */
  note: string | null;
  /** When the child sent it or pressed the button (server clock). */
  at: number;
  /** Marked read on the strip; no longer counted there, still listed when the session ends. */
  seen: boolean;
}

/**
 * The running activity's part of a role's view: its id, its kind's name and what that kind's
 * pure view function returned for this role. Untyped here so the protocol stays a leaf; the
 * activity registry narrows it per kind (`TypedActivityEnvelope`).
 */
export interface ActivityEnvelope {
  id: string;
  kind: string;
  view: unknown;
}

/** The part of a view every role gets alike (the fan-out encodes it once per change). */
export interface BaseView {
  code: string;
  version: number;
  locked: boolean;
  /** An activity has run in this session: the lobby is now "between activities", not "starting soon". */
  started: boolean;
  /** The projector's join area: the full join screen, or a small corner code once locked or started. */
  join: "full" | "corner";
  settings: RoomSettings;
  /** The calm-down on every surface (server times; add the clock offset), or null. */
  calm: CalmView | null;
  /** The shared goal meter and any celebration; the same for every role. */
  goal: GoalView;
}

export interface HostView extends BaseView {
  role: "host";
  activity: ActivityEnvelope | null;
  seats: HostSeat[];
  /** What needs a leader now, most urgent first: help alerts, flagged texts, talk-later notes. */
  safeguarding: SafeguardingItemView[];
  screenToken: string;
  joinUrl: string;
  /** The meeting's agenda, leader notes and soft clock: host only, never on a screen or tablet. */
  agenda: AgendaView | null;
  /** In a group's room: what the console proposes to keep in the group's memory (group-level only). */
  memory: MemoryDraft | null;
  /** "Sist gang…" as the projector shows it now, or null. */
  recap: Recap | null;
  /** "Jeg vil si noe": raised hands, first raised first. Host only. */
  hands: HostHand[];
}

/**
 * What the console proposes to keep from the running meeting (docs/series.md, "The group's memory"): the
 * lamps lit, the strengths and words the leaders gave at celebrations, the content-list
 * strengths the activities grew (`keepsakes`: the garden's), and the plan's title and theme.
 * None of it is a child's words; the leader leaves out or rewrites what they want and saves.
 */
export interface MemoryDraft {
  /** Which meeting this is in the group's memory (the plan meeting id, or `rom-…`). */
  key: string;
  title: string;
  theme: string | null;
  lamps: number;
  strengths: GroupStrengthId[];
  words: string[];
  keepsakes: string[];
}

export interface ScreenView extends BaseView {
  role: "screen";
  activity: ActivityEnvelope | null;
  joinUrl: string;
  /** Avatars in the room, shown in the lobby only; sorted, never in join order. */
  lobbyAvatars: AvatarId[];
  /** "Sist gang…" when the leader shows it, or null. */
  recap: Recap | null;
}

export interface SeatView extends BaseView {
  role: "seat";
  activity: ActivityEnvelope | null;
  seatId: string;
  avatar: AvatarId;
  /** True while this seat's own help request is open, so the tablet can say "an adult is coming". */
  helpPending: boolean;
  /** This seat's own "Jeg vil si noe" hand is up (nothing about anyone else's). */
  handRaised: boolean;
}

export type RoleView = HostView | ScreenView | SeatView;

export interface RoomEnvelope<V extends RoleView = RoleView> {
  version: number;
  /** Server clock at send time, for clock-offset estimates (synced animations). */
  serverTime: number;
  view: V;
}

/**
 * A change to the last view this client was sent (docs/protocol.md, "View patches"): it applies
 * only to the view of version `from`; a client holding another version asks for the whole view
 * again (room:sync).
 */
export interface ViewPatch {
  version: number;
  from: number;
  serverTime: number;
  ops: PatchOp[];
}

/** What the fan-out sends a target: a whole view (`room:view`) or a patch to the last one (`room:patch`). */
export type ViewUpdate = RoomEnvelope | ViewPatch;

export type EndReason = "ended" | "kicked" | "expired";

export type ServerToClientEvents = {
  "room:view": (envelope: RoomEnvelope) => void;
  "room:patch": (patch: ViewPatch) => void;
  /** The room is over for this client; a tablet must clear its stored token. */
  "room:closed": (info: { reason: EndReason }) => void;
  /** The server is stopping to restart; rooms are kept and the client reconnects by itself. */
  "server:restarting": () => void;
};

// ---------- REST payloads shared with the client ----------

export const joinClaimSchema = z.strictObject({ avatar: z.string().min(3).max(40) });
export type JoinClaim = z.infer<typeof joinClaimSchema>;
export interface JoinStatus {
  code: string;
  locked: boolean;
  availableAvatars: AvatarId[];
  ageBand: AgeBand;
  language: Language;
  /** Who the room is for, so the avatar page already speaks to adults at a parent meeting. */
  audience: Audience;
}
export interface JoinClaimed {
  token: string;
  seatId: string;
  avatar: AvatarId;
}
export interface RoomSummary {
  code: string;
  createdAt: number;
  hostToken: string;
  screenToken: string;
  seats: number;
}
export type ApiError = { error: { code: string; message: string } };
