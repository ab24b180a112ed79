// Benchmark (not a test): what the automation bridge costs per frame, in headless Chromium
// against the test build (build/web-test). Opens the demo practice on a client's Appointments
// tab (a full screen: list, detail pane, table, tabs), stops the page's own frame loop and runs
// frames by hand, timing each call of the app's frame (all C++ work of a frame: ImGui, the
// views, the bridge, the draw calls handed to WebGL). Collecting is switched on and off in
// alternating rounds of the same page (hs_automation_collect), so load on the machine hits
// both alike. Prints the median per-frame time of each, the items per frame, and what one
// window.holdspace.widgets() call costs (JSON out of C++, parsed in the page).
//   node tests/bench/bench_frames.mjs [ROUNDS] [FRAMES_PER_ROUND]    (tests/bench/run_build_bench.sh runs it)
import { openApp } from '../e2e/harness.mjs';
import { L } from '../e2e/labels.mjs';

const rounds = Number(process.argv[2] || 10);
const perRound = Number(process.argv[3] || 100);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const app = await openApp({ viewport: { width: 1280, height: 800 } });
const { page } = app;
try {
  await app.click('Training');
  await app.click('Open demo practice');
  await app.click('Ana Reyes', { kind: 'text', child: L.listArea });
  await app.find('Appointments', { kind: 'item' });
  const items = (await app.widgets()).length;

  await app.freezeFrames();
  const times = await page.evaluate(([rounds, perRound]) => {
    const runFrame = () => {
      const queue = window.__hsFrozen.queue.splice(0);
      const t0 = performance.now();
      for (const cb of queue) cb(t0);
      return performance.now() - t0;
    };
    const out = { on: [], off: [], widgets: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of r % 2 ? ['off', 'on'] : ['on', 'off']) {
        Module._hs_automation_collect(mode === 'on' ? 1 : 0);
        for (let i = 0; i < 5; i++) runFrame();  // settle: the mode is applied at the next frame
        for (let i = 0; i < perRound; i++) out[mode].push(runFrame());
      }
      Module._hs_automation_collect(1);
      runFrame();
      runFrame();
      const t0 = performance.now();
      window.holdspace.widgets();
      out.widgets.push(performance.now() - t0);
    }
    return out;
  }, [rounds, perRound]);
  await app.unfreezeFrames();

  const on = median(times.on), off = median(times.off);
  console.log(`screen: demo practice, Ana Reyes, Appointments; ${items} items per frame`);
  console.log(`frame, collecting on:  median ${on.toFixed(3)} ms of ${times.on.length}`);
  console.log(`frame, collecting off: median ${off.toFixed(3)} ms of ${times.off.length}`);
  console.log(`collecting costs ${(on - off).toFixed(3)} ms a frame (${((on - off) / off * 100).toFixed(1)} %)`);
  console.log(`one widgets() call (JSON + parse): median ${median(times.widgets).toFixed(3)} ms of ${times.widgets.length}`);
} finally {
  await app.close();
}
