import { describe, expect, it } from 'vitest';
import { digitOf } from '../../src/components/exercise/digit-key';

describe('digitOf', () => {
  it('reads ASCII, Persian and Arabic-Indic digits alike', () => {
    expect(['1', '۱', '١'].map((k) => digitOf(k))).toEqual([1, 1, 1]);
    expect(['6', '۶', '٦'].map((k) => digitOf(k))).toEqual([6, 6, 6]);
    expect(['9', '۹', '٩'].map((k) => digitOf(k))).toEqual([9, 9, 9]);
  });
  it('reads the physical key first, whatever character the layout sends', () => {
    expect(digitOf('!', 'Digit1')).toBe(1);
    expect(digitOf('ض', 'Numpad3')).toBe(3);
  });
  it('is null for zero and for anything that is not a digit', () => {
    expect(['0', '۰', '٠', 'a', 'Enter', '', '/', ':'].map((k) => digitOf(k))).toEqual(Array(8).fill(null));
    expect(digitOf('0', 'Digit0')).toBeNull();
  });
});
