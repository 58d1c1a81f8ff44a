// The crawler under measurement, in a process of its own (forked by crawl.mjs): createCrawler configured
// from the environment as main.ts configures it (crawlerSettings). Over IPC it says when it is ready, starts counting CPU
// on "start" (so loading modules is not counted), and on "stop" reports its CPU and peak RSS and exits.
import { loadConfig } from '@assay/config';
import { queueContext } from '@assay/queue';
import { crawlerSettings, createCrawler } from '../dist/index.js';

const config = loadConfig();
const crawler = createCrawler({
  context: queueContext(config),
  ...crawlerSettings(config),
  // No extractor runs in this benchmark: holding fetches back for one would measure nothing.
  maxExtractBacklog: Number.POSITIVE_INFINITY,
});
const failures = [];
crawler.worker.on('failed', (job, error) => failures.push(`${job?.id}: ${error.message}`));
await crawler.worker.waitUntilReady();

let cpuAtStart = process.cpuUsage();
process.on('message', async (message) => {
  if (message === 'start') {
    cpuAtStart = process.cpuUsage();
    process.send('started');
  } else if (message === 'stop') {
    const cpu = process.cpuUsage(cpuAtStart);
    process.send({
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      // resourceUsage().maxRSS is in kilobytes: the peak over the process's life, start included.
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      failures,
    });
    await crawler.close();
    process.disconnect();
  }
});
process.send('ready');
