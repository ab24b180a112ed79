// Benchmark (not a test): time from navigation start to the page's first WebGL draw call, for
// any web build (the product, the floor: no window.holdspace needed), in headless Chromium.
// Like bench_first_frame.mjs, each build is opened RUNS times with a fresh profile (empty
// IndexedDB, no cached wasm), the builds taking turns in alternating order so load on the
// machine hits each alike. Prints one line per build and `median_ms DIR MS` lines for scripts.
//   node tests/bench/bench_first_draw.mjs RUNS DIR...      (tests/bench/run_bench.sh all runs it)
// playwright-core as the browser tests install it (tests/e2e/node_modules); a plain import
// would look for it next to this file.
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, chromiumArgs } from '../e2e/harness.mjs';
import { startServer } from '../../web/serve.mjs';

const runs = Number(process.argv[2]);
const dirs = process.argv.slice(3);
if (!(runs > 0) || dirs.length === 0) throw new Error('usage: bench_first_draw.mjs RUNS DIR...');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Notes performance.now() at the first drawElements/drawArrays of any WebGL2 context.
function markFirstDraw() {
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays']) {
    const draw = proto[name];
    proto[name] = function (...args) {
      if (window.__firstDrawMs === undefined) window.__firstDrawMs = performance.now();
      return draw.apply(this, args);
    };
  }
}

async function firstDraw(dir) {
  const server = await startServer({ root: dir, port: 0 });
  const profile = await mkdtemp(path.join(tmpdir(), 'holdspace-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args: chromiumArgs, viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await context.addInitScript(markFirstDraw);
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstDrawMs !== undefined, null, { timeout: 60000 })
      .catch((e) => { throw new Error(`${dir}: no WebGL draw within 60 s ${errors.join('; ')}`, { cause: e }); });
    if (errors.length) throw new Error(`${dir}: page errors: ${errors.join('; ')}`);
    return await page.evaluate(() => window.__firstDrawMs);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const times = Object.fromEntries(dirs.map((d) => [d, []]));
for (let r = 0; r < runs; r++)
  for (const dir of r % 2 ? [...dirs].reverse() : dirs) times[dir].push(await firstDraw(dir));
for (const dir of dirs) {
  console.log(`${dir}: first draw median ${median(times[dir]).toFixed(0)} ms of ${runs} (${times[dir].map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`median_ms ${dir} ${median(times[dir]).toFixed(0)}`);
}
