/**
 * The real servers the scale-out tests stand on: each starts on 127.0.0.1 on a
 * free port with a temp folder, does its job, and is gone by PID after stop().
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startNginx, startPostgres, startRedis } from "../support/services.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe("test services", () => {
  it("redis-server answers on its own port and is gone after stop", async () => {
    const redis = await startRedis();
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    await client.connect();
    expect(await client.ping()).toBe("PONG");
    await client.set("k", "v");
    expect(await client.get("k")).toBe("v");
    client.disconnect();
    expect(alive(redis.pid)).toBe(true);
    await redis.stop();
    expect(alive(redis.pid)).toBe(false);
  });

  it("PostgreSQL runs as its own user, makes databases, and is gone after stop", async () => {
    const pgs = await startPostgres();
    const url = await pgs.createDatabase("sammen_services_test");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ db: string; version: string }>("SELECT current_database() AS db, current_setting('server_version') AS version");
    expect(rows[0].db).toBe("sammen_services_test");
    expect(Number(rows[0].version.split(".")[0])).toBeGreaterThanOrEqual(15);
    await client.end();
    expect(alive(pgs.pid)).toBe(true);
    await pgs.stop();
    expect(alive(pgs.pid)).toBe(false);
  });

  it("nginx sends every request of one room code to one upstream, by query or by path, and skips a dead one", async () => {
    const apps: Server[] = [];
    const ports: number[] = [];
    for (let i = 0; i < 3; i++) {
      const srv = createServer((req, res) => res.end(`app${i}`));
      await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
      apps.push(srv);
      ports.push((srv.address() as AddressInfo).port);
    }
    cleanups.push(async () => {
      for (const a of apps) await new Promise((r) => a.close(r));
    });
    const nginx = await startNginx(ports.map((p) => `127.0.0.1:${p}`));
    const get = async (route: string) => (await fetch(nginx.url + route)).text();

    const codes = ["ABCD12", "QWER34", "ZXCV56", "HJKL78", "MNBV90", "POIU11"];
    const byQuery = new Map<string, string>();
    for (const code of codes) {
      const first = await get(`/socket.io/?room=${code}&EIO=4`);
      expect(first).toMatch(/^app[012]$/);
      for (let i = 0; i < 3; i++) expect(await get(`/socket.io/?room=${code}&x=${i}`)).toBe(first);
      // A room page carries the code in its path and lands on the same process.
      expect(await get(`/r/${code}/join`)).toBe(first);
      expect(await get(`/api/join/${code}`)).toBe(first);
      byQuery.set(code, first);
    }
    // Six codes over three upstreams: the hash spreads them (not all on one process).
    expect(new Set(byQuery.values()).size).toBeGreaterThan(1);

    // Stop the upstream of the first code: its requests move to a live one.
    const [code, owner] = [...byQuery.entries()][0];
    const index = Number(owner.slice(3));
    await new Promise((r) => apps[index].close(r));
    const moved = await get(`/socket.io/?room=${code}`);
    expect(moved).toMatch(/^app[012]$/);
    expect(moved).not.toBe(owner);

    expect(alive(nginx.pid)).toBe(true);
    await nginx.stop();
    expect(alive(nginx.pid)).toBe(false);
  });
});
