import { describe, expect, it } from 'vitest';
import { flatten, renderLines } from './observe.ts';

describe('snapshot: the page as a person sees it', () => {
  const tree = [
    {
      role: 'list',
      ref: 'e1',
      children: [
        { role: 'listitem', ref: 'e2', children: [{ role: 'checkbox', ref: 'e3' }, 'Buy milk'] },
        {
          role: 'listitem',
          ref: 'e4',
          children: [{ role: 'checkbox', ref: 'e5', checked: true }, 'Walk dog'],
        },
      ],
    },
    // A div with a click handler and a pointer cursor, no role: clickable by its text.
    { role: 'generic', ref: 'e6', cursor: 'pointer', children: ['Open lunch mail'] },
    // Its pointer child is the same control, not a second one.
    {
      role: 'link',
      ref: 'e7',
      cursor: 'pointer',
      name: 'Home',
      children: [{ role: 'generic', ref: 'e8', cursor: 'pointer', children: ['Home'] }],
    },
    { role: 'paragraph', ref: 'e9', text: '2 items left' },
  ];

  it('keeps list item texts, their rows (for hover) and paragraphs', () => {
    const { elements, texts, lines } = flatten(tree as never);
    expect(texts).toEqual(expect.arrayContaining(['Buy milk', 'Walk dog', '2 items left']));
    expect(elements.filter((e) => e.role === 'listitem').map((e) => e.text)).toEqual([
      'Buy milk',
      'Walk dog',
    ]);
    expect(elements.find((e) => e.ref === 'e3')?.context).toBe('Buy milk');
    expect(renderLines(lines)).toContain('- text: Buy milk');
  });

  it('gives a ref to a plain element people click, once', () => {
    const { elements, lines } = flatten(tree as never);
    expect(elements.filter((e) => e.clickable).map((e) => [e.ref, e.name])).toEqual([
      ['e6', 'Open lunch mail'],
    ]);
    expect(renderLines(lines)).toContain('- clickable "Open lunch mail" [ref=e6]');
  });

  it('reads the text of a plain span inside a list item (the aria tree gives it as `text`)', () => {
    const { texts, lines } = flatten([
      {
        role: 'listitem',
        ref: 'e1',
        children: [
          { role: 'generic', ref: 'e2', text: 'Eggs' },
          { role: 'spinbutton', name: 'Quantity', ref: 'e3', text: '3' },
        ],
      },
    ] as never);
    expect(texts).toContain('Eggs');
    expect(renderLines(lines)).toContain('- text: Eggs');
  });
  it('keeps the items of an open submenu, whose pointer cursor is inherited, as items of their own', () => {
    const { elements } = flatten([
      {
        role: 'list',
        ref: 'e1',
        children: [
          { role: 'listitem', ref: 'e2', cursor: 'pointer', text: 'Profile' },
          {
            role: 'listitem',
            ref: 'e3',
            cursor: 'pointer',
            children: [
              'Theme ›',
              {
                role: 'list',
                ref: 'e4',
                children: [
                  { role: 'listitem', ref: 'e5', text: 'Light' },
                  { role: 'listitem', ref: 'e6', text: 'Dark' },
                ],
              },
            ],
          },
        ],
      },
    ] as never);
    const clickable = elements.filter((e) => e.clickable).map((e) => [e.ref, e.name]);
    expect(clickable).toEqual([
      ['e2', 'Profile'],
      ['e3', 'Theme ›'],
      ['e5', 'Light'],
      ['e6', 'Dark'],
    ]);
  });
  it('names a dialog with no name of its own by its title, and its buttons by that group', () => {
    const { elements } = flatten([
      {
        role: 'dialog',
        ref: 'e1',
        children: [
          { role: 'heading', ref: 'e2', name: 'Are you sure?', level: 2 },
          { role: 'button', ref: 'e3', name: 'Confirm' },
        ],
      },
    ] as never);
    expect(elements.find((e) => e.role === 'dialog')?.name).toBe('Are you sure?');
    expect(elements.find((e) => e.role === 'button')?.group).toBe('Are you sure?');
  });

  it("gives the controls of repeated plain cards (divs with no role) their card's text as context", () => {
    const card = (n: number, title: string) => ({
      role: 'generic',
      ref: `c${n}`,
      children: [
        { role: 'generic', ref: `t${n}`, text: title },
        { role: 'generic', ref: `x${n}`, children: [{ role: 'button', ref: `b${n}`, name: 'Like' }] },
      ],
    });
    const { elements } = flatten([
      { role: 'generic', ref: 'grid', children: [card(1, 'Groceries'), card(2, 'Recipes')] },
      // One lone wrapper with a heading and a button is no list of cards.
      { role: 'generic', ref: 'w', children: ['Sign in', { role: 'button', ref: 'go', name: 'Go' }] },
    ] as never);
    expect(elements.filter((e) => e.name === 'Like').map((e) => e.context)).toEqual(['Groceries', 'Recipes']);
    expect(elements.find((e) => e.ref === 'go')?.context).toBeUndefined();
  });

  it("gives a card's role-less button the card's title when the title is a heading named by its content", () => {
    // Web-component cards (a shop's, a nursery's): a heading, a price, a plain clickable div and a
    // named icon button; the heading's words come as its name, with no text child.
    for (const [titles, action] of [
      [['Linen shirt', 'Wool scarf'], 'Add to bag'],
      [['Fern', 'Cactus', 'Ivy'], 'Water now'],
    ] as const) {
      let ref = 0;
      const tree = titles.map((title) => ({
        role: 'generic',
        ref: `e${++ref}`,
        children: [
          { role: 'heading', name: title, level: 3, ref: `e${++ref}` },
          { role: 'generic', ref: `e${++ref}`, text: '$45.00' },
          { role: 'generic', ref: `e${++ref}`, cursor: 'pointer', text: action },
          { role: 'button', name: 'Save for later', ref: `e${++ref}` },
        ],
      }));
      const { elements } = flatten(tree as never);
      const clickables = elements.filter((e) => e.name === action);
      expect(clickables.length).toBe(titles.length);
      clickables.forEach((e, i) => expect(e.context, action).toContain(titles[i]));
    }
  });
});
