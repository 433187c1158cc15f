import { Cron } from 'croner';
import type { Registration } from './core-module';

/**
 * Timer triggers: Azure's six-field NCRONTAB ({second} {minute} {hour} {day} {month} {day-of-week}),
 * in UTC, `%SETTING%` resolved from the settings. Anything else is refused at start, as Azure does
 * on the Consumption and Flex plans. Runs never overlap, as the host's singleton lock ensures.
 */
export function resolveSetting(value: string, env: NodeJS.ProcessEnv): string {
  const match = /^%([^%]+)%$/.exec(value);
  if (!match) return value;
  const resolved = env[match[1] as string];
  if (resolved === undefined) throw new Error(`Setting ${match[1]} (used as ${value}) is not defined.`);
  return resolved;
}

export function parseSchedule(schedule: string, functionName: string): Cron {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 6) {
    throw new Error(
      `Function ${functionName}: schedule "${schedule}" must be a six-field NCRONTAB expression ({second} {minute} {hour} {day} {month} {day-of-week}).`,
    );
  }
  try {
    return new Cron(schedule, { timezone: 'Etc/UTC', mode: '6-part', paused: true });
  } catch (error) {
    throw new Error(
      `Function ${functionName}: schedule "${schedule}" is not valid: ${(error as Error).message}`,
    );
  }
}

export interface TimerJob {
  registration: Registration;
  schedule: string;
  /** Runs the callback the schedule runs when it fires (croner's own trigger path), now. */
  fire(): Promise<void>;
  stop(): void;
}

export function scheduleTimer(
  registration: Registration,
  env: NodeJS.ProcessEnv,
  run: (registration: Registration, pastDue: boolean) => Promise<void>,
  autoStart: boolean,
): TimerJob {
  const schedule = resolveSetting(String(registration.trigger['schedule'] ?? ''), env);
  parseSchedule(schedule, registration.name);
  // A run that fails is one failed invocation, as in Azure: `run` has logged it, and the next
  // occurrence runs on schedule. Nothing may escape the callback: croner does not await it, so a
  // rejection would be unhandled, and Node (and shared/stray-aborts.ts) would end the host with every
  // request in flight. The Functions host logs a failed timer invocation and goes on.
  const job = new Cron(
    schedule,
    { timezone: 'Etc/UTC', mode: '6-part', protect: true, paused: !autoStart, unref: true },
    () => run(registration, false).catch(() => undefined),
  );
  return { registration, schedule, fire: () => job.trigger(), stop: () => job.stop() };
}
