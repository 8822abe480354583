// The pure parts of sweeps and shards: --vary forms and their errors, the grid by index without building it,
// and shard ranges that cover every item exactly once for any total and count (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridRow, gridSize, parseVary, SweepSpecError } from '../../src/model/sweep/grid.js';
import { parseShard, shardRange, ShardError } from '../../src/model/shard.js';

describe('parseVary', () => {
  it('ranges rounded to the grid decimals, log ranges to 12 digits, lists, levels, one value', () => {
    expect(parseVary('a=0.1:0.7:7').values).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(parseVary('a=0:1:3').values).toEqual([0, 0.5, 1]);
    expect(parseVary('a=1:100:log5').values).toEqual([1, 3.16227766017, 10, 31.6227766017, 100]);
    expect(parseVary('a=1,2.5,x').values).toEqual([1, 2.5, 'x']);
    expect(parseVary('t=T12..T10').values).toEqual(['T12', 'T11', 'T10']);
    expect(parseVary('t=l1..t12').values).toEqual(['L1', 'T12']);
    expect(parseVary('a=3').values).toEqual([3]);
  });

  it('refuses bad forms with the accepted ones in the message', () => {
    for (const bad of [
      'a',
      '=1,2',
      'a=0:1:0',
      'a=0:1:1.5',
      'a=0:x:3',
      'a=0:10:log3',
      'a=1,,2',
      'a=T8..Q3',
      'a=1:2',
    ])
      expect(() => parseVary(bad), bad).toThrow(SweepSpecError);
    expect(() => parseVary('__proto__.x=1,2')).toThrow('not a valid field path');
  });

  it('gridRow(k) is the k-th combination, first vary slowest, without building the grid', () => {
    const v = [parseVary('a=0:1:2'), parseVary('b=x,y,z'), parseVary('c=5')];
    expect(gridSize(v)).toBe(6);
    expect(Array.from({ length: 6 }, (_, k) => gridRow(v, k).join(''))).toEqual([
      '0x5',
      '0y5',
      '0z5',
      '1x5',
      '1y5',
      '1z5',
    ]);
    const huge = [parseVary('s=0:1:10000'), parseVary('s=0:1:10000')];
    expect(gridSize(huge)).toBe(1e8);
    expect(gridRow(huge, 1e8 - 1)).toEqual([1, 1]);
  });
});

describe('shards', () => {
  it('the n shard ranges of any total are contiguous, disjoint and cover it; sizes differ by at most one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 500 }),
        (total, count) => {
          let next = 0;
          const sizes: number[] = [];
          for (let index = 1; index <= count; index++) {
            const { first, size } = shardRange(total, { index, count });
            expect(first).toBe(next);
            next += size;
            sizes.push(size);
          }
          expect(next).toBe(total);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('parses i/n and auto/n (0-based variables, first set wins), refusing the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('auto/4', { SLURM_ARRAY_TASK_ID: '3' })).toEqual({ index: 4, count: 4 });
    expect(parseShard('auto/4', { JOB_COMPLETION_INDEX: '0', SLURM_ARRAY_TASK_ID: '3' })).toEqual({
      index: 1,
      count: 4,
    });
    expect(parseShard('auto/4', { AWS_BATCH_JOB_ARRAY_INDEX: '1' })).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1.5/4', 'a/4', '2', 'auto/4'])
      expect(() => parseShard(bad, {}), bad).toThrow(ShardError);
    expect(() => parseShard('auto/4', { JOB_COMPLETION_INDEX: '4' })).toThrow(
      'not a whole number from 0 to 3',
    );
  });
});
