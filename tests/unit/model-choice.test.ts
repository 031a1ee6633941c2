import { describe, expect, it } from 'vitest';
import { choiceParam, DEFAULT_MODELS, initialChoice } from '../../src/lib/model-choice';

const four = ['deepseek', 'gpt-4', 'claude', 'palm-2'];
/** 400 ids in data order, as `npm run bench` makes them. */
const many = Array.from({ length: 400 }, (_, i) => (i < 4 ? four[i]! : `${four[i % 4]}-${Math.floor(i / 4) + 1}`));

describe('initialChoice', () => {
  it('compares every model of a small site', () => {
    expect(initialChoice(four, null)).toEqual(four);
  });

  it('opens a site of 400 models on the first few, not 400 columns', () => {
    expect(initialChoice(many, null)).toEqual(many.slice(0, DEFAULT_MODELS));
    expect(DEFAULT_MODELS).toBeLessThanOrEqual(8);
  });

  it('takes the known models a link names, in data order, and ignores a link naming fewer than two', () => {
    expect(initialChoice(many, 'palm-2-100,nope,deepseek')).toEqual(['deepseek', 'palm-2-100']);
    expect(initialChoice(four, 'claude,nope')).toEqual(four);
  });
});

describe('choiceParam', () => {
  it('leaves the address plain for the default choice and names every other choice', () => {
    expect(choiceParam(four, new Set(four))).toBeNull();
    expect(choiceParam(four, new Set(['claude', 'deepseek']))).toBe('deepseek,claude');
    expect(choiceParam(many, new Set(many.slice(0, DEFAULT_MODELS)))).toBeNull();
    expect(choiceParam(many, new Set(many))?.split(',')).toHaveLength(400);
  });

  it('round-trips through initialChoice', () => {
    const chosen = new Set(['gpt-4-50', 'claude', 'deepseek-7']);
    expect(new Set(initialChoice(many, choiceParam(many, chosen)))).toEqual(chosen);
  });
});
