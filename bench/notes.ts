import { COLD_START_TARGET_MS } from './cold-start';
import { OVERHEAD_TARGET } from './overhead';
import type { Figures } from './report';
import { TAIL_TARGET } from './throughput';

/**
 * What the report says under a figure: how to read it, and where a target is missed, why (from the
 * run's own figures) and what would meet it.
 */
export function notesFor(f: Figures): Record<string, string> {
  const notes: Record<string, string> = {};
  const o = f.overhead;
  const roundTrip = o.floorAtClientMs - o.floorMs;
  const over = o.rows.filter((r) => r.ratio > OVERHEAD_TARGET);
  notes['overhead'] = [
    `**Reading it.** The target is judged at the host. At the client every endpoint also pays the load generator's HTTP round trip to the host (${roundTrip.toFixed(2)} ms here: the floor at the client less the floor at the host), a cost of any HTTP service that in Azure is the front end's and the network's, not the app's; here it is comparable to a whole store request, because the store answers from memory on the same machine.`,
    over.length === 0
      ? ''
      : `**Missed** by ${over.map((r) => `${r.endpoint} (${r.ratio.toFixed(2)}×)`).join(', ')}. What such an endpoint spends beyond its store requests is the floor (${o.floorMs.toFixed(2)} ms) plus the app's work per request; what would meet it is fewer round trips on its path (reads that do not depend on each other made together), as the store's own time per request cannot shrink.`,
  ]
    .filter(Boolean)
    .join('\n\n');

  const rereads = f.operations.filter((op) => op.why.startsWith('each document read once'));
  notes['requests'] = [
    '**Above the minimum.** `complete` with `create_tenant` reads the domain claim before writing its plan, by choice: a taken prefix is refused before anything is written, rather than writing a plan and undoing it.',
    rereads.length === 0
      ? ''
      : `The other gaps are point reads of a document the request had already read (${rereads.reduce((sum, op) => sum + op.requests - op.minimum, 0)} in ${rereads.length} operations): each step of a resumable use case reads what it is about to change, so that a retry after a failure finds where the first attempt stopped. Each costs one point read (1 RU in Azure); passing the documents from step to step would save them, at the price of steps that no longer stand alone. None is on the redemption flow but \`complete\` with \`renew\`.`,
  ]
    .filter(Boolean)
    .join('\n\n');

  const at64 = f.throughput.rows.find((r) => r.concurrency === 64);
  if (at64 && at64.p99 / at64.p50 > TAIL_TARGET)
    notes['throughput'] =
      `**Missed**: p99 is ${(at64.p99 / at64.p50).toFixed(1)}× p50 at 64 partners. Flows queue for the app's one event loop and the store's; a tail this long means some wait behind long pauses (garbage collection, a timer's sweep) rather than in line. What would meet it: a shorter pause (smaller allocations per request) or more instances, as Azure scales out.`;

  const bundle = f.coldStart.rows[1];
  const maps = f.coldStart.rows[2];
  notes['coldStart'] = [
    `Source maps stay off in Azure by default: turned on (the Node worker's \`languageWorkers__node__arguments\` = \`--enable-source-maps\`) they cost ${Math.round((maps?.medianMs ?? NaN) - (bundle?.medianMs ?? NaN))} ms more per cold start here, to read the map. The bundle keeps its functions' names, so a stack trace reads without it, and the map ships beside the bundle to translate positions when needed.`,
    (bundle?.overBareMs ?? Infinity) < COLD_START_TARGET_MS
      ? ''
      : `**Missed**: +${Math.round(bundle?.overBareMs ?? NaN)} ms. Most of it is compiling the one file and running the packages' top-level code (the Azure SDKs, zod's schemas); what would meet it: loading the SDKs only at the first invocation that needs them, in a file of their own.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return notes;
}
