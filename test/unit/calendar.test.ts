import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../shared/domain/calendar';

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

describe('calendar months (UTC)', () => {
  it.each([
    ['2026-01-31T10:00:00.000Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2028-01-31T10:00:00.000Z', 1, '2028-02-29T10:00:00.000Z'],
    ['2026-03-31T00:00:00.000Z', 1, '2026-04-30T00:00:00.000Z'],
    ['2026-11-25T10:00:00.000Z', 12, '2027-11-25T10:00:00.000Z'],
    ['2026-08-31T23:59:59.999Z', 6, '2027-02-28T23:59:59.999Z'],
    ['2028-02-29T12:00:00.000Z', 12, '2029-02-28T12:00:00.000Z'],
    ['2026-12-15T00:00:00.000Z', 36, '2029-12-15T00:00:00.000Z'],
  ])('when %s gets %i month(s), then it ends %s', (start, months, end) => {
    expect(addMonths(new Date(start), months).toISOString()).toBe(end);
  });

  it('when months are added, then the result lands in the right month, on the same day or the last one', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 36 }), (start, months) => {
        const end = addMonths(start, months);
        const monthsApart =
          (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
        const expectedDay = Math.min(
          start.getUTCDate(),
          lastDayOfMonth(end.getUTCFullYear(), end.getUTCMonth()),
        );
        return (
          monthsApart === months &&
          end.getUTCDate() === expectedDay &&
          end.getUTCHours() === start.getUTCHours() &&
          end.getUTCMinutes() === start.getUTCMinutes() &&
          end.getUTCMilliseconds() === start.getUTCMilliseconds()
        );
      }),
      { numRuns: 3_000 },
    );
  });

  it('when more months are added, then the end never comes earlier', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 35 }),
        (start, months) => addMonths(start, months + 1) > addMonths(start, months),
      ),
    );
  });

  it('when days are added, then each is exactly 24 hours', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -400, max: 400 }),
        (start, days) => addDays(start, days).getTime() - start.getTime() === days * 86_400_000,
      ),
    );
  });
});
