import { describe, expect, it } from 'vitest';
import { parseSchedule, resolveSetting } from '../../dev/functions-host/timers';

describe('timer schedules (NCRONTAB)', () => {
  it.each(['0 0 6 * * *', '0 */10 * * * *', '0 0 * * * *', '0 */5 * * * *'])(
    'when %s is given, then it is accepted',
    (s) => {
      expect(() => parseSchedule(s, 'f')).not.toThrow();
    },
  );

  it.each(['0 6 * * *', '0 0 0 6 * * *', '00:05:00', 'every day'])(
    'when %s is given, then it is refused as Azure does',
    (s) => {
      expect(() => parseSchedule(s, 'f')).toThrow(/six-field|not valid/);
    },
  );

  it('when the next run of a six-field schedule is computed, then seconds are honoured in UTC', () => {
    const next = parseSchedule('30 0 6 * * *', 'f').nextRun(new Date('2026-11-25T06:00:00Z'));
    expect(next?.toISOString()).toBe('2026-11-25T06:00:30.000Z');
  });

  it('when a schedule names a setting, then the setting is used', () => {
    expect(resolveSetting('%SCHEDULE%', { SCHEDULE: '0 0 1 * * *' })).toBe('0 0 1 * * *');
    expect(() => resolveSetting('%MISSING%', {})).toThrow(/MISSING/);
  });
});
