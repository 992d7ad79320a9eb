import { serveBuild } from '/work/main/scripts/serve-build.ts';
import { openPage, launchBrowser } from '/work/main/tests/e2e/browser.ts';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
const site = await serveBuild();
mkdirSync('/sys/fs/cgroup/cpuacct/idle', { recursive: true });
writeFileSync('/sys/fs/cgroup/cpuacct/idle/cgroup.procs', String(process.pid));
const usage = () => Number(readFileSync('/sys/fs/cgroup/cpuacct/idle/cpuacct.usage', 'utf8')) / 1e9;
const b = await launchBrowser();
for (const [w, h, q] of [[1920, 1080, '#classroom'], [1280, 720, ''], [390, 844, '']] as const) {
  const g = await openPage(b, site.url, { viewport: { width: w, height: h } });
  await g.page.goto(site.url + q);
  await g.page.waitForTimeout(6000);
  const u0 = usage();
  await g.page.waitForTimeout(10000);
  console.log(process.env.CRUSTACES_TEST_FPS ?? 20, w, h, q, 'idle cores', ((usage() - u0) / 10).toFixed(3));
  await g.context.close();
}
await b.close(); await site.close();
