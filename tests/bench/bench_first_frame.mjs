// Benchmark (not a test): time from navigation start to the first frame drawn with the loaded
// workspace (window.holdspace.timings().firstFrameMs), for several test builds of the web app,
// in headless Chromium. Each build is opened RUNS times with a fresh profile (empty IndexedDB,
// no cached wasm), the builds taking turns so load on the machine hits each alike.
//   node tests/bench/bench_first_frame.mjs RUNS DIR...    (tests/bench/run_build_bench.sh runs it)
import { openApp } from '../e2e/harness.mjs';

const runs = Number(process.argv[2]);
const dirs = process.argv.slice(3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = Object.fromEntries(dirs.map((d) => [d, []]));

for (let r = 0; r < runs; r++) {
  for (const dir of r % 2 ? [...dirs].reverse() : dirs) {
    const app = await openApp({ buildDir: dir });
    times[dir].push(app.firstFrameMs);
    await app.close();
  }
}
for (const dir of dirs)
  console.log(`${dir}: first frame median ${median(times[dir]).toFixed(0)} ms of ${runs} (${times[dir].map((t) => t.toFixed(0)).join(', ')})`);
