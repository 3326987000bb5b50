/**
 * An allocation profile of a server during a bench run, loaded into the server with
 *
 *   BENCH_SERVER_FLAGS="--import ./bench/lib/alloc-sampler.mjs" BENCH_ALLOC_FROM_S=10 BENCH_ALLOC_TO_S=20 \
 *     BENCH_ALLOC_OUT=/tmp/s3.heapprofile node --expose-gc --import tsx bench/run.mjs --only s3 ...
 *
 * V8's sampling heap profiler, through the inspector in the process itself, from
 * BENCH_ALLOC_FROM_S to BENCH_ALLOC_TO_S seconds after the server started (defaults 10 and 20:
 * within s3's bursts in a run of Sammen's s3 alone; bare's start about 4 s earlier), with the
 * samples of objects the garbage collector has already freed kept: so the profile is of
 * everything allocated in the window, which is what fills the young generation and what the
 * scavenges cost, not of what is still alive at the end. One sample per BENCH_ALLOC_INTERVAL
 * bytes on average (default 4096). `node bench/alloc-summary.mjs FILE` reads the profile. The
 * window's ends on the monotonic clock go to stderr, to line it up with the rounds' `serverMono`
 * in the run's JSON (so allocations can be divided by the bursts inside the window).
 * Not part of `npm run bench`; nothing is exposed on the network.
 */
import fs from "node:fs";
import inspector from "node:inspector";

const from = Number(process.env.BENCH_ALLOC_FROM_S ?? 10);
const to = Number(process.env.BENCH_ALLOC_TO_S ?? 20);
const out = process.env.BENCH_ALLOC_OUT ?? "alloc.heapprofile";
const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

const mono = () => (Number(process.hrtime.bigint()) / 1e9).toFixed(3);
const report = (error) => process.stderr.write(`[alloc-sampler] ${error instanceof Error ? error.message : String(error)}\n`);
setTimeout(() => {
  post("HeapProfiler.enable")
    .then(() =>
      post("HeapProfiler.startSampling", {
        samplingInterval: Number(process.env.BENCH_ALLOC_INTERVAL ?? 4096),
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      }),
    )
    .then(() => {
      const started = mono();
      // unref'd: a server that stops before the window ends just writes nothing.
      setTimeout(() => {
        post("HeapProfiler.stopSampling")
          .then(({ profile }) => {
            fs.writeFileSync(out, JSON.stringify(profile));
            process.stderr.write(`[alloc-sampler] ${to - from} s of allocations (monotonic ${started}–${mono()} s) → ${out}\n`);
          })
          .catch(report);
      }, (to - from) * 1000).unref();
    })
    .catch(report);
}, from * 1000).unref();
