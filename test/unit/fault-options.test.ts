import { describe, expect, it } from 'vitest';
import { FaultChange, parseFaultOption } from '../../dev/faults';

describe('npm start --faults', () => {
  it('when one number is given, then every service fails that share of its requests', () => {
    expect(parseFaultOption('5')).toEqual({ all: { failRate: 0.05 } });
  });

  it('when services and latency are named, then each gets its own share and every request the latency', () => {
    expect(parseFaultOption('cosmos=10, queue=2,latency=50')).toEqual({
      cosmos: { failRate: 0.1 },
      queue: { failRate: 0.02 },
      all: { latencyMs: 50 },
    });
    expect(FaultChange.safeParse(parseFaultOption('email=100,latency=0')).success).toBe(true);
  });

  it('when a value is not a share or a name is unknown, then it says which', () => {
    expect(() => parseFaultOption('lots')).toThrow(/"lots" is not a number/);
    expect(() => parseFaultOption('cosmos=150')).toThrow(/more than 100%/);
    expect(() => parseFaultOption('blob=5')).toThrow(/"blob" is none of/);
  });
});
