/**
 * The baseline: a bare Socket.IO server with the same version and settings as
 * Sammen's (server/app.ts) and no application logic. Clients say which room
 * and role they are in the handshake; the server counts answers per room and
 * broadcasts the tally to the room, either once per answer (BARE_MODE=naive)
 * or through the same leading-edge throttle class Sammen uses
 * (BARE_MODE=throttled, 16 ms window). A host "reveal" is broadcast as a
 * "picture" the same way. No token check, no validation, no views.
 *
 * Started by bench/run.mjs with fork() and SAMMEN_BENCH_STATS=1; it answers
 * the same stats requests as the real server (server/bench-stats.ts).
 */
import { createServer } from "node:http";
import { Server } from "socket.io";
import { FanoutThrottle } from "../dist/server/server/rooms/fanout.js";
import { attachBenchStats } from "../dist/server/server/bench-stats.js";

const mode = process.env.BARE_MODE === "naive" ? "naive" : "throttled";
const windowMs = Number(process.env.FANOUT_WINDOW_MS ?? 16);

const httpServer = createServer((_req, res) => {
  res.writeHead(404).end();
});
const io = new Server(httpServer, {
  pingInterval: 10_000,
  pingTimeout: 10_000,
  maxHttpBufferSize: 32 * 1024,
  perMessageDeflate: false,
  serveClient: false,
  connectTimeout: 10_000,
  connectionStateRecovery: undefined,
});

/** Per room: the round being counted, its tally, whether the picture is shown, and the throttle. */
const rooms = new Map();
function roomState(id) {
  let r = rooms.get(id);
  if (!r) {
    r = { round: -1, count: 0, shown: -1, sentCount: -1, sentRound: -1, sentShown: -1, throttle: null };
    r.throttle = new FanoutThrottle(windowMs, () => flush(id, r));
    rooms.set(id, r);
  }
  return r;
}
function flush(id, r) {
  if (r.count !== r.sentCount || r.round !== r.sentRound) {
    r.sentCount = r.count;
    r.sentRound = r.round;
    io.to(id).emit("tally", { round: r.round, count: r.count });
  }
  if (r.shown !== r.sentShown) {
    r.sentShown = r.shown;
    io.to(id).emit("picture", { round: r.shown });
  }
}

let version = 0;
io.on("connection", (socket) => {
  const room = String(socket.handshake.auth?.room ?? "");
  void socket.join(room);
  const r = roomState(room);
  socket.emit("hello", { version, round: r.round, count: r.count });
  socket.on("answer", (payload, ack) => {
    if (typeof ack !== "function") return;
    const round = Number(payload?.round);
    if (round !== r.round) {
      r.round = round;
      r.count = 0;
    }
    r.count += 1;
    ack({ ok: true, version: ++version });
    if (mode === "naive") io.to(room).emit("tally", { round: r.round, count: r.count });
    else r.throttle.schedule();
  });
  socket.on("reveal", (payload, ack) => {
    if (typeof ack !== "function") return;
    r.shown = Number(payload?.round);
    ack({ ok: true, version: ++version });
    if (mode === "naive") io.to(room).emit("picture", { round: r.shown });
    else r.throttle.schedule();
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const { port } = httpServer.address();
  attachBenchStats(`http://127.0.0.1:${port}`, () => ({ rooms: rooms.size, sockets: io.engine.clientsCount }));
});
process.on("SIGTERM", () => {
  io.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
});
