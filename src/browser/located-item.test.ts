import { describe, expect, it } from 'vitest';
import { readPart } from './goal/read-goal.ts';
import { locatedItem, openedLocated } from './located-item.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

// A mail client of our own: two folders (named groups) and a list under a heading, each holding
// items whose titles and ranks repeat across containers.
let ref = 0;
const item = (name: string, where: { group?: string }, extra = ''): ObservedElement[] => [
  { ref: `e${++ref}`, role: 'listitem', name: '', text: `${name} ${extra}`.trim(), ...where },
  { ref: `e${++ref}`, role: 'link', name, context: `${name} ${extra}`.trim(), ...where },
];
const page = (): Observation => ({
  url: 'http://x/',
  title: 'Mail',
  snapshot: '',
  tokens: 0,
  texts: [],
  elements: [
    { ref: 'n1', role: 'button', name: 'New message' },
    ...item('Invoice March', { group: 'Inbox (3)' }, 'from Ada'),
    ...item('Team lunch', { group: 'Inbox (3)' }, 'from Bo'),
    ...item('Weekly digest', { group: 'Inbox (3)' }, 'from News'),
    ...item('Team lunch', { group: 'Archive (2)' }, 'from Cy'),
    ...item('Old invoice', { group: 'Archive (2)' }, 'from Ada'),
    { ref: 'h1', role: 'heading', name: 'Drafts', level: 2 },
    ...item('Reply to Ada', {}, 'draft'),
    ...item('Trip notes', {}, 'draft'),
  ],
});
const at = (text: string) => locatedItem(readPart(text), page())?.context;

describe('locatedItem', () => {
  it('counts a rank in the container the part names, not on the whole page', () => {
    expect(at('Open the second message in the Archive folder')).toBe('Old invoice from Ada');
    expect(at('Open the 2nd email in Inbox')).toBe('Team lunch from Bo');
    expect(at('Forward the last message under Inbox to Bo')).toBe('Weekly digest from News');
    expect(at('Open the top message in Drafts')).toBe('Reply to Ada draft');
  });
  it('finds a title in its own container when another holds its namesake', () => {
    expect(at('Star the Team lunch message in the Archive folder')).toBe('Team lunch from Cy');
    expect(at('Star the Team lunch message in the Inbox folder')).toBe('Team lunch from Bo');
  });
  it('finds a neighbour in the same container, and none past its end', () => {
    expect(at("Open the email below 'Invoice March'")).toBe('Team lunch from Bo');
    expect(at('Open the email just above Old invoice')).toBe('Team lunch from Cy');
    expect(at('Open the email below Weekly digest')).toBeUndefined();
    // Two items of that name: whose neighbour is meant cannot be told.
    expect(at('Open the email below Team lunch')).toBeUndefined();
  });
  it('names nothing for a place the page does not show, or a rank past the end', () => {
    expect(at('Open the second message in the Spam folder')).toBeUndefined();
    expect(at('Open the fifth message in the Archive folder')).toBeUndefined();
  });
});

describe('openedLocated', () => {
  const click = (target: ObservedElement): HistoryEntry => ({
    step: 1,
    action: { type: 'click', ref: target.ref },
    description: `click ${target.name}`,
    target: { role: target.role, name: target.name, ...(target.context ? { context: target.context } : {}) },
    ok: true,
    url: 'http://x/',
  });
  const part = readPart('Open the second message in the Archive folder');
  const links = page().elements.filter((e) => e.role === 'link');
  const pages = (history: HistoryEntry[]) => new Map(history.map((h) => [h, page()]));

  it('is the click on the located item', () => {
    const history = [click(links[4]!)];
    expect(openedLocated(part, history, pages(history))?.item).toBe('Old invoice');
  });
  it('refuses the same rank in another container, and another item opened after', () => {
    const wrong = [click(links[1]!)];
    expect(openedLocated(part, wrong, pages(wrong))).toBeNull();
    const after = [click(links[4]!), click(links[0]!)];
    expect(openedLocated(part, after, pages(after))).toBeNull();
  });
  it('says nothing when no page showed the place', () => {
    const other = readPart('Open the second message in the Spam folder');
    const history = [click(links[1]!)];
    expect(openedLocated(other, history, pages(history))).toBeUndefined();
  });
});
