// Work a comparison does while the helper thread computes rows (src/compare/scores/meanwhile.ts): each value is made once,
// at its first use or earlier by run(), in the order it was asked for; a value whose making fails is made again, and
// fails, where it is used.
import { describe, expect, it } from 'vitest';
import { Meanwhile } from '../../../src/compare/scores/meanwhile.js';

describe('Meanwhile', () => {
  it('makes a value at its first use, once', () => {
    const meanwhile = new Meanwhile();
    let made = 0;
    const value = meanwhile.later(() => ++made);
    expect(made).toBe(0);
    expect(value()).toBe(1);
    expect(value()).toBe(1);
    meanwhile.run();
    expect(made).toBe(1);
  });

  it('makes every value not made yet when run, in the order they were asked for', () => {
    const meanwhile = new Meanwhile();
    const order: string[] = [];
    const first = meanwhile.later(() => order.push('first'));
    const second = meanwhile.later(() => order.push('second'));
    meanwhile.run();
    expect(order).toEqual(['first', 'second']);
    expect([first(), second()]).toEqual([1, 2]);
    expect(order).toEqual(['first', 'second']);
  });

  it('leaves a value whose making fails to fail where it is used', () => {
    const meanwhile = new Meanwhile();
    let tries = 0;
    const failing = meanwhile.later(() => {
      tries++;
      throw new Error('no topics');
    });
    const after = meanwhile.later(() => 'made');
    expect(() => meanwhile.run()).not.toThrow();
    expect(after()).toBe('made');
    expect(failing).toThrow('no topics');
    expect(tries).toBe(2);
  });
});
