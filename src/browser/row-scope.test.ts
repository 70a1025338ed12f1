import { describe, expect, it } from 'vitest';
import type { ObservedElement } from './observe.ts';
import { forAnotherItem } from './row-scope.ts';

const box = (name: string, i: number, context?: string): ObservedElement => ({
  ref: `e${i}`,
  role: 'textbox',
  name,
  inputType: 'date',
  ...(context ? { context } : {}),
});

describe('a row’s own field', () => {
  it.each([
    [
      "I'm away until 20 March 2027. Pause my hold on Winter Orchard until then.",
      ['The Salt Road', 'Winter Orchard', 'A Map of Rivers'],
      (t: string) => `Pause ${t} until`,
      1,
    ],
    [
      'Move my booking at Casa Lupo to 14 February 2027',
      ['The Green Fig', 'Casa Lupo'],
      (t: string) => `New date for ${t}`,
      1,
    ],
    [
      'Pause my Weekly Veg Box subscription until 3 May 2027',
      ['Fruit Crate', 'Weekly Veg Box', 'Coffee Club'],
      (t: string) => `Pause ${t} until`,
      1,
    ],
  ])('"%s": only the named item’s field', (goal, items, name, want) => {
    const fields = items.map((t, i) => box(name(t), i));
    expect(fields.map((f) => forAnotherItem(f, fields, goal))).toEqual(items.map((_, i) => i !== want));
  });
  it('fields of the same name told apart by their rows', () => {
    const fields = ['Fruit Crate', 'Weekly Veg Box'].map((t, i) => box('Pause until', i, `${t} Active`));
    expect(fields.map((f) => forAnotherItem(f, fields, 'Pause my Weekly Veg Box until 3 May 2027'))).toEqual([
      true,
      false,
    ]);
  });
  it('a form’s different fields are no rows: From and To dates', () => {
    const fields = [box('From', 1), box('To', 2)];
    expect(fields.map((f) => forAnotherItem(f, fields, 'Request leave from 1 March to 5 March'))).toEqual([
      false,
      false,
    ]);
  });
  it('a goal naming no item leaves every field open', () => {
    const fields = ['The Salt Road', 'Winter Orchard'].map((t, i) => box(`Pause ${t} until`, i));
    expect(fields.map((f) => forAnotherItem(f, fields, 'Pause a hold until 3 May'))).toEqual([false, false]);
  });
});
