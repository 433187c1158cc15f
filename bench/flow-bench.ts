import { QueueClient } from '@azure/storage-queue';
import { FLOW_STEPS, fullFlow, mint, newPartner, type FlowStep } from './api-client';
import { startCountingStack } from './counting-store';
import { median, row, timed } from './measure';
import type { StackProcess } from './stack-process';

const CONCURRENT_PARTNERS = 8;
const FLOWS_PER_PARTNER = 25;

/**
 * The fewest Cosmos DB requests each step can make under the design's rules (DESIGN.md: conditional
 * writes, resumable steps with fixed ids, idempotency records), with the reason for each. The bench
 * prints the measured count beside it; the gap is what the implementation spends on top.
 */
const DESIGN_MINIMUM: Record<FlowStep | 'notification-send', { requests: number; why: string }> = {
  'start redemption': {
    requests: 5,
    why: 'token, partner, idempotency record create + settle, redemption',
  },
  'add key': {
    requests: 11,
    why: 'token, partner, idempotency ×2, look-up reserved (read + write) and released (write), redemption read + write, key read + conditional write',
  },
  confirm: { requests: 6, why: 'token, partner, idempotency ×2, redemption read + write' },
  'complete create_tenant': {
    requests: 17,
    why: "token, partner, idempotency ×2, redemption read, plan, domain claim, key read + write, POR link, partner's subscription index, tenant, subscription, admin, admin token, notification, redemption closed",
  },
  'notification-send': { requests: 2, why: 'notification read, mark sent' },
};

export async function benchFlowThroughput(stack: StackProcess, operator: string): Promise<void> {
  const keys = await mint(stack.apiBaseUrl, operator, CONCURRENT_PARTNERS * FLOWS_PER_PARTNER);
  const tokens = await Promise.all(
    Array.from({ length: CONCURRENT_PARTNERS }, (_, i) =>
      newPartner(stack.apiBaseUrl, operator, `flow-${i}`),
    ),
  );
  const flowMs: number[] = [];
  const { ms } = await timed(() =>
    Promise.all(
      tokens.map(async (token, p) => {
        for (let f = 0; f < FLOWS_PER_PARTNER; f += 1) {
          const key = keys[p * FLOWS_PER_PARTNER + f] as string;
          const { ms: one } = await timed(() => fullFlow(stack.apiBaseUrl, token, key));
          flowMs.push(one);
        }
      }),
    ),
  );
  console.log(
    row(
      `full flow (start, add key, confirm, complete), ${CONCURRENT_PARTNERS} concurrent partners`,
      `${((flowMs.length / ms) * 1000).toFixed(1)} flows/s · median flow ${median(flowMs).toFixed(0)} ms`,
    ),
  );
}

/**
 * Cosmos DB requests per step of one flow, counted at the app's store port on an in-process stack
 * (one call there is one request to Cosmos DB). Queue triggers are off so the welcome email is sent
 * by invoking `notification-send` with the message taken off the queue, and counted on its own.
 */
export async function benchRequestsPerFlow(): Promise<void> {
  const { stack, counter } = await startCountingStack();
  try {
    const operator = stack.settings['OPERATOR_TOKEN'] as string;
    const [key] = await mint(stack.apiBaseUrl, operator, 1);
    const token = await newPartner(stack.apiBaseUrl, operator, 'count');
    const counts = new Map<string, number>();
    let current: FlowStep | undefined;
    const trace = new Map<string, string[]>();
    const settle = () => {
      if (!current) return;
      counts.set(current, counter.total());
      trace.set(current, [...counter.calls]);
    };
    await fullFlow(stack.apiBaseUrl, token, key as string, (step) => {
      settle();
      current = step;
      counter.reset();
    });
    settle();

    const queue = new QueueClient(
      stack.settings['AzureWebJobsStorage'] as string,
      stack.settings['NOTIFICATIONS_QUEUE'] ?? 'notifications',
    );
    const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 32 });
    counter.reset();
    for (const message of receivedMessageItems)
      await stack.host?.invoke(
        'notification-send',
        JSON.parse(Buffer.from(message.messageText, 'base64').toString('utf8')),
      );
    if ((stack.mail?.received().length ?? 0) !== receivedMessageItems.length)
      throw new Error('welcome email not sent');
    counts.set('notification-send', counter.total());
    trace.set('notification-send', [...counter.calls]);
    if (process.env['BENCH_TRACE']) console.log(Object.fromEntries(trace));

    let measured = 0;
    let minimum = 0;
    for (const step of [...FLOW_STEPS, 'notification-send'] as const) {
      const count = counts.get(step) ?? NaN;
      measured += count;
      minimum += DESIGN_MINIMUM[step].requests;
      console.log(
        row(
          `Cosmos requests: ${step}`,
          `${count} (design minimum ${DESIGN_MINIMUM[step].requests}: ${DESIGN_MINIMUM[step].why})`,
        ),
      );
    }
    console.log(
      row('Cosmos requests: whole flow incl. welcome email', `${measured} (design minimum ${minimum})`),
    );
  } finally {
    await stack.stop();
  }
}
