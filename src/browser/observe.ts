import type { ElementHandle, Frame, Page } from 'playwright-core';
import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import { readDocumentMarks } from './document-marks.ts';
import { waitForSettled, type SettleOptions } from './settle.ts';

/** One element of the page the planner can act on or read, addressed by a ref valid for this observation. */
export interface ObservedElement {
  /** Playwright aria ref (`e12`, or `f1e3` inside the first iframe); valid until the next observation. */
  ref: string;
  role: string;
  name: string;
  /** Current value of a text field or the selected option of a select. */
  value?: string;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  expanded?: boolean;
  selected?: boolean;
  pressed?: boolean | 'mixed';
  level?: number;
  /** Option names of a select/listbox. */
  options?: string[];
  /** The options of a listbox marked selected now (a multi-select listbox may hold several). */
  chosen?: string[];
  url?: string;
  placeholder?: string;
  /** Name of the enclosing group/fieldset/radiogroup/form, when it has one. */
  group?: string;
  /** Text of the nearest enclosing container (list item, row, card), to tell repeated controls apart. */
  context?: string;
  /** Ref of the iframe holding the element, when inside one. */
  frameRef?: string;
  /** Text content of a readable element without a name (a status line, a paragraph). */
  text?: string;
  /** `input[type=file]`: the element takes uploads. */
  fileInput?: boolean;
  /** A submit button of a form. */
  submit?: boolean;
  required?: boolean;
  /** A password field. */
  password?: boolean;
  /** A plain element (span, div, li…) with a click handler or a pointer cursor and no role. */
  clickable?: boolean;
  /** Marked as the current one (aria-current, or a selected/active/current class), e.g. a filter link. */
  current?: boolean;
  /** Words from the element's title, id and class, for icon buttons whose name is a glyph ("×" → destroy). */
  hint?: string;
  /** The app marks the field invalid (`aria-invalid`). */
  invalid?: boolean;
  /** An input's `type` (`date`, `time`, `email`, `number`…) or `textarea`: the form a value takes. */
  inputType?: string;
  /** For a field with no accessible name: the text a person reads beside it ("Full name" above it). */
  nearLabel?: string;
  /**
   * Something else takes the pointer here: the element lies outside the open modal dialog, or a
   * fixed layer (a backdrop, a banner) covers it. A click on it would time out.
   */
  blocked?: boolean;
  /** The name of the dialog the element sits in (the innermost), when inside one. */
  dialog?: string;
  /** A table's header row (column headers, no cells): not one of the table's items. */
  headerRow?: boolean;
}

/**
 * The name a person reads for an element: its accessible name, else (a field labelled only by the
 * text beside it) that text. Two unnamed fields are not the same field: the run's history records
 * this name so "the user was typed" is never taken for "the password was typed".
 */
export function readName(element: Pick<ObservedElement, 'name' | 'nearLabel'>): string {
  return element.name || element.nearLabel || '';
}

/** What the planner sees of the page at one step. */
export interface Observation {
  url: string;
  title: string;
  /** Compact accessibility snapshot: one line per meaningful node, refs in brackets. */
  snapshot: string;
  elements: ObservedElement[];
  /** Visible text fragments (headings, statuses, paragraphs), in document order. */
  texts: string[];
  /**
   * The texts of `texts` read inside an open dialog (a repeat counts once per place): evidence that
   * lives only there vanishes with the dialog.
   */
  dialogTexts?: string[];
  /** o200k_base token count of `snapshot`. */
  tokens: number;
  /** Classes and state attributes of `<html>`/`<body>` as CSS selectors (a theme): document-marks.ts. */
  marks?: string[];
  screenshotPath?: string;
  /** The viewport as a PNG, when asked for (`captureScreenshot`), for vision-capable models. */
  screenshot?: { mediaType: 'image/png'; base64: string };
}

export interface ObserveOptions {
  /** Writes a PNG of the viewport here. */
  screenshotPath?: string;
  /** Keeps the PNG in the observation too (for a vision-capable planner). */
  captureScreenshot?: boolean;
  /**
   * Waits for the page to settle first (settle.ts: spinners, skeletons, "Loading…", requests in
   * flight); `false` reads it as it is now.
   */
  settle?: SettleOptions | false;
}

/** A search box: the `searchbox` role, or a field whose name or placeholder says search. */
export function isSearchField(e: { role: string; name: string; placeholder?: string | undefined }): boolean {
  return e.role === 'searchbox' || /\bsearch/i.test(`${e.name} ${e.placeholder ?? ''}`);
}

/** Roles a person can act on. */
export const ACTIONABLE_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'checkbox',
  'radio',
  'switch',
  'slider',
  'spinbutton',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'option',
  'treeitem',
]);

const READABLE_ROLES = new Set([
  'heading',
  'alert',
  'status',
  'dialog',
  'alertdialog',
  'img',
  'cell',
  'columnheader',
]);
const CONTAINER_ROLES = new Set(['listitem', 'row', 'article', 'region', 'group', 'form', 'dialog']);
const GROUP_ROLES = new Set(['group', 'radiogroup', 'form', 'region', 'dialog']);

interface AriaNode {
  role: string;
  cursor?: string;
  name?: string;
  ref?: string;
  text?: string;
  url?: string;
  placeholder?: string;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  expanded?: boolean;
  selected?: boolean;
  pressed?: boolean | 'mixed';
  level?: number;
  children?: (AriaNode | string)[];
}

let encoder: Tiktoken | null = null;

/** Tokens of `text` under o200k_base (the GPT-4o family's encoding), for prompt budgeting. */
export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}

/**
 * Observes the page through Playwright's AI-mode aria snapshot (which carries refs into iframes),
 * flattened into a compact text plus a list of elements enriched with DOM facts the snapshot lacks
 * (file inputs, submit buttons, placeholders).
 */
export async function observe(page: Page, options: ObserveOptions = {}): Promise<Observation> {
  await page.waitForLoadState('domcontentloaded').catch(() => {});
  if (options.settle !== false) await waitForSettled(page, options.settle ?? {});
  const tree = (await page.ariaSnapshotJSON({ mode: 'ai', timeout: 10_000 })) as unknown as (
    AriaNode | string
  )[];
  const nodes = Array.isArray(tree) ? tree : [tree];
  await markWrappedPointers(page, nodes);
  const flattened = flatten(nodes);
  applyFacts(flattened.elements, await domFacts(page, flattened.elements));
  const blocked = flattened.elements.filter((e) => e.blocked).length;
  // One line, not a mark per control: what is under a dialog stays readable but cannot be clicked.
  const snapshot =
    (blocked
      ? `- note: ${blocked} controls lie under an open dialog or overlay and cannot be clicked\n`
      : '') + renderLines(flattened.lines);
  const observation: Observation = {
    url: page.url(),
    title: await page.title().catch(() => ''),
    snapshot,
    elements: flattened.elements,
    texts: flattened.texts,
    dialogTexts: flattened.dialogTexts,
    tokens: countTokens(snapshot),
    marks: await page.evaluate(readDocumentMarks).catch(() => []),
  };
  if (options.screenshotPath || options.captureScreenshot) {
    const png = await page
      .screenshot(options.screenshotPath ? { path: options.screenshotPath } : {})
      .catch(() => null);
    if (options.screenshotPath) observation.screenshotPath = options.screenshotPath;
    if (png && options.captureScreenshot) {
      observation.screenshot = { mediaType: 'image/png', base64: png.toString('base64') };
    }
  }
  return observation;
}

interface Flattened {
  /** Snapshot lines; an element's line is rendered late (`renderLines`) so enrichment shows in it. */
  lines: (string | { depth: number; element: ObservedElement; text: string })[];
  elements: ObservedElement[];
  texts: string[];
  /** Texts read inside a dialog (also in `texts`). */
  dialogTexts: string[];
}

/** Renders flattened lines, dropping label text that merely repeats the neighbouring field's name. */
export function renderLines(lines: Flattened['lines']): string {
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (typeof line === 'string') {
      const text = line.replace(/^\s*- text: /, '');
      const neighbours = [lines[index - 1], lines[index + 1]];
      if (neighbours.some((n) => typeof n === 'object' && n.element.name === text)) return;
      out.push(line);
      return;
    }
    out.push(
      `${'  '.repeat(line.depth)}- ${describeElement(line.element)}${line.text ? `: ${line.text}` : ''}`,
    );
  });
  return out.join('\n');
}

/** Pure: turns the aria JSON tree into compact lines and elements. Exported for tests. */
export function flatten(tree: (AriaNode | string)[]): Flattened {
  const out: Flattened = { lines: [], elements: [], texts: [], dialogTexts: [] };
  const walk = (
    nodes: (AriaNode | string)[],
    depth: number,
    scope: {
      group?: string;
      container?: string;
      frameRef?: string;
      inAction?: boolean;
      pointer?: boolean;
      /** Inside a clickable menu entry that holds a submenu: its list items are clickable too. */
      submenu?: boolean;
      /** Inside a dialog. */
      dialog?: boolean;
      /** The innermost dialog's name. */
      dialogName?: string;
    },
  ) => {
    const cards = cardTexts(nodes);
    const read = (text: string, inDialog = scope.dialog) => {
      out.texts.push(text);
      if (inDialog) out.dialogTexts.push(text);
    };
    for (const node of nodes) {
      if (typeof node === 'string') {
        const text = clip(node.trim(), 160);
        if (!text) continue;
        read(text);
        out.lines.push(`${'  '.repeat(depth)}- text: ${text}`);
        continue;
      }
      const role = node.role;
      // A dialog with no name of its own is known by its title ("Are you sure?"), as a person reads it.
      const dialogTitle =
        role === 'dialog' || role === 'alertdialog' ? firstHeading(node.children ?? []) : undefined;
      const name = (node.name || dialogTitle || '').trim();
      const children = node.children ?? [];
      const innerScope = { ...scope, pointer: node.cursor === 'pointer' };
      if (GROUP_ROLES.has(role) && name) innerScope.group = name;
      if (CONTAINER_ROLES.has(role)) innerScope.container = clip(textOf(node), 120);
      else if (cards.has(node)) innerScope.container = cards.get(node)!;
      if (role === 'iframe' && node.ref) innerScope.frameRef = node.ref;
      if (role === 'dialog' || role === 'alertdialog') {
        innerScope.dialog = true;
        if (name) innerScope.dialogName = name;
      }

      // A plain element people click (a handler or a pointer cursor, no role): act on it by its text.
      const plain =
        role === 'generic' ||
        role === 'none' ||
        role === 'presentation' ||
        role === 'listitem' ||
        role === 'cell';
      // A menu entry holding a submenu ("Theme ›" with Light and Dark): the entry by its own text,
      // and the submenu's items (whose pointer cursor is inherited, so unmarked) as items of their own.
      if (
        plain &&
        !scope.inAction &&
        node.ref !== undefined &&
        ((node.cursor === 'pointer' && !scope.pointer) || (scope.submenu && role === 'listitem')) &&
        hasNestedList(children)
      ) {
        const entry = clip(textOutsideLists(node), 80);
        if (entry) {
          const element: ObservedElement = { ref: node.ref, role: 'generic', name: entry, clickable: true };
          if (scope.container && scope.container !== element.name) element.context = scope.container;
          if (scope.frameRef) element.frameRef = scope.frameRef;
          if (scope.dialogName) element.dialog = scope.dialogName;
          if (scope.dialogName) element.dialog = scope.dialogName;
          out.elements.push(element);
          read(entry);
          out.lines.push({ depth, element, text: '' });
          walk(children, depth + 1, { ...innerScope, pointer: true, submenu: true });
          continue;
        }
      }
      const clickable =
        plain &&
        !scope.inAction &&
        node.ref !== undefined &&
        ((node.cursor === 'pointer' && !scope.pointer) || (scope.submenu === true && role === 'listitem')) &&
        textOf(node).length > 0 &&
        textOf(node).length <= 80 &&
        !children.some((c) => typeof c !== 'string' && ACTIONABLE_ROLES.has(c.role));
      if (clickable) {
        const element: ObservedElement = {
          ref: node.ref!,
          role: 'generic',
          name: clip(textOf(node), 80),
          clickable: true,
        };
        if (scope.container && scope.container !== element.name) element.context = scope.container;
        if (scope.frameRef) element.frameRef = scope.frameRef;
        if (scope.dialogName) element.dialog = scope.dialogName;
        if (scope.group) element.group = scope.group;
        out.elements.push(element);
        read(element.name);
        out.lines.push({ depth, element, text: '' });
        continue;
      }
      // A clickable row that also holds controls of its own (a mail row with its Star button): the
      // row is one item to open by its text, and its controls carry the row's text as context.
      const own = plain && role !== 'listitem' ? ownText(node) : '';
      if (
        own &&
        own.length <= 160 &&
        !scope.inAction &&
        !scope.pointer &&
        node.ref !== undefined &&
        node.cursor === 'pointer' &&
        hasActionable(children)
      ) {
        const element: ObservedElement = {
          ref: node.ref,
          role: 'generic',
          name: clip(own, 80),
          clickable: true,
        };
        if (scope.container && scope.container !== element.name) element.context = scope.container;
        if (scope.frameRef) element.frameRef = scope.frameRef;
        if (scope.dialogName) element.dialog = scope.dialogName;
        if (scope.group) element.group = scope.group;
        out.elements.push(element);
        out.lines.push({ depth, element, text: '' });
        walk(children, depth + 1, { ...innerScope, pointer: true, container: clip(own, 120) });
        continue;
      }
      const keep = (role !== 'generic' && role !== 'none' && role !== 'presentation') || Boolean(name);
      if (role === 'iframe') {
        out.lines.push(`${'  '.repeat(depth)}- iframe [ref=${node.ref ?? '?'}]:`);
        walk(children, depth + 1, innerScope);
        continue;
      }
      if (!keep) {
        // A plain element holding only text (a list item's title in a span): a person reads it.
        const own = typeof node.text === 'string' ? clip(node.text.trim(), 160) : '';
        if (own) {
          read(own);
          out.lines.push(`${'  '.repeat(depth)}- text: ${own}`);
        }
        walk(children, depth, innerScope);
        continue;
      }
      const actionable = ACTIONABLE_ROLES.has(role) && node.ref !== undefined;
      const element: ObservedElement = { ref: node.ref ?? '', role, name };
      if (node.checked !== undefined) element.checked = node.checked;
      if (node.disabled) element.disabled = true;
      if (node.expanded !== undefined) element.expanded = node.expanded;
      if (node.selected) element.selected = true;
      if (node.pressed !== undefined) element.pressed = node.pressed;
      if (node.level !== undefined) element.level = node.level;
      if (node.url) element.url = node.url;
      if (node.placeholder) element.placeholder = node.placeholder;
      if (scope.group) element.group = scope.group;
      if (scope.container && scope.container !== name) element.context = scope.container;
      if (scope.frameRef) element.frameRef = scope.frameRef;
      if (scope.dialogName && role !== 'dialog' && role !== 'alertdialog') element.dialog = scope.dialogName;
      const options = children.filter((c): c is AriaNode => typeof c !== 'string' && c.role === 'option');
      if ((role === 'combobox' || role === 'listbox') && options.length) {
        element.options = options.map((o) => (o.name ?? '').trim());
        const chosen = options.find((o) => o.selected);
        if (chosen) element.value = (chosen.name ?? '').trim();
        const all = options.filter((o) => o.selected).map((o) => (o.name ?? '').trim());
        if (role === 'listbox' && all.length) element.chosen = all;
      } else if (isTextField(role) && typeof node.text === 'string') {
        element.value = node.text;
      }
      const textContent = !isTextField(role) && typeof node.text === 'string' ? node.text.trim() : '';
      // A combobox built of a div (no options of its own until opened) shows its choice as text.
      if (role === 'combobox' && !element.options && textContent)
        element.value = textContent.replace(/\s*[▾▼⌄]\s*$/u, '');
      if (textContent && !name) element.text = clip(textContent, 160);
      // Rows and list items can be hovered (to reveal their controls) and read as one text.
      if ((role === 'listitem' || role === 'row') && node.ref) {
        element.text = clip(textOf(node), 160);
        const kinds = children.filter((c): c is AriaNode => typeof c !== 'string').map((c) => c.role);
        if (kinds.includes('columnheader') && !kinds.includes('cell')) element.headerRow = true;
        // A row people click to open (a pointer cursor, no control of its own inside).
        if (node.cursor === 'pointer' && !scope.pointer && !scope.inAction && !hasActionable(children))
          element.clickable = true;
      }
      if (actionable || READABLE_ROLES.has(role) || role === 'listitem' || role === 'row')
        out.elements.push(element);
      // Every text a person reads (paragraphs, cells, labels), not only headings and statuses.
      if ((READABLE_ROLES.has(role) || textContent) && (name || textContent) && !isTextField(role))
        read(clip(textContent || name, 160), scope.dialog || role === 'dialog' || role === 'alertdialog');
      out.lines.push({ depth, element, text: clip(textContent, 160) });
      if (!element.options)
        walk(children, depth + 1, {
          ...innerScope,
          ...(role === 'combobox' ? { group: name } : {}),
          ...(actionable ? { inAction: true } : {}),
        });
    }
  };
  walk(tree, 0, {});
  return out;
}

/** The text of a node outside its controls (a row's sender and subject, not its buttons' names). */
function ownText(node: AriaNode | string): string {
  if (typeof node === 'string') return node.trim();
  if (ACTIONABLE_ROLES.has(node.role)) return '';
  // A heading named by its content carries no text child: its name is the card's title.
  const own =
    typeof node.text === 'string'
      ? node.text
      : node.role === 'heading' && node.name && !(node.children ?? []).length
        ? node.name
        : '';
  const parts = [own, ...(node.children ?? []).map(ownText)].filter(Boolean);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The name of the first heading among nodes (depth first), or undefined. */
function firstHeading(nodes: readonly (AriaNode | string)[]): string | undefined {
  for (const c of nodes) {
    if (typeof c === 'string') continue;
    if (c.role === 'heading' && c.name) return c.name;
    const inner = firstHeading(c.children ?? []);
    if (inner) return inner;
  }
  return undefined;
}

/** Whether a node holds a list (a submenu) among its children. */
function hasNestedList(nodes: readonly (AriaNode | string)[]): boolean {
  return nodes.some(
    (c) =>
      typeof c !== 'string' &&
      (((c.role === 'list' || c.role === 'menu') &&
        (c.children ?? []).some((i) => typeof i !== 'string' && i.ref !== undefined)) ||
        ((c.role === 'generic' || c.role === 'none') && hasNestedList(c.children ?? []))),
  );
}

/** A node's text outside the lists it holds ("Theme ›" of an entry holding Light and Dark). */
function textOutsideLists(node: AriaNode | string): string {
  if (typeof node === 'string') return node.trim();
  if (node.role === 'list' || node.role === 'menu') return '';
  const own = typeof node.text === 'string' ? node.text : '';
  return [own, ...(node.children ?? []).map(textOutsideLists)]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Plain elements (divs with no role) that read as the cards of one list: at least two siblings,
 * each with words of its own (a title) and controls inside, and no field to type in. A person
 * tells their repeated controls ("Like", "Archive") apart by the card's words, so those become
 * the controls' context, as a list item's text does. Keyed by node, valued by the card's words.
 */
function cardTexts(nodes: readonly (AriaNode | string)[]): Map<AriaNode, string> {
  // Cards of one list hold the same controls: grouped by the roles and names of their controls.
  const groups = new Map<string, [AriaNode, string][]>();
  for (const node of nodes) {
    if (typeof node === 'string' || !(node.role === 'generic' || node.role === 'none')) continue;
    if (node.name || !hasActionable(node.children ?? []) || hasTextField(node.children ?? [])) continue;
    const words = ownText(node);
    if (!/\p{L}/u.test(words) || words.length > 160) continue;
    const controls = actionableNames(node.children ?? []).join('\u0000');
    groups.set(controls, [...(groups.get(controls) ?? []), [node, clip(words, 120)]]);
  }
  return new Map([...groups.values()].filter((g) => g.length >= 2).flat());
}

function actionableNames(nodes: readonly (AriaNode | string)[]): string[] {
  return nodes.flatMap((c) =>
    typeof c === 'string'
      ? []
      : ACTIONABLE_ROLES.has(c.role)
        ? [`${c.role} ${c.name ?? ''}`]
        : actionableNames(c.children ?? []),
  );
}

function hasTextField(nodes: readonly (AriaNode | string)[]): boolean {
  return nodes.some(
    (c) =>
      typeof c !== 'string' &&
      (isTextField(c.role) || c.role === 'combobox' || hasTextField(c.children ?? [])),
  );
}

function hasActionable(nodes: readonly (AriaNode | string)[]): boolean {
  return nodes.some(
    (c) => typeof c !== 'string' && (ACTIONABLE_ROLES.has(c.role) || hasActionable(c.children ?? [])),
  );
}

export function isTextField(role: string): boolean {
  return role === 'textbox' || role === 'searchbox' || role === 'spinbutton';
}

/** `role "name" [ref=e3] [checked] = value` — the one-line form used in snapshots and prompts. */
export function describeElement(element: ObservedElement): string {
  const parts = [element.clickable ? 'clickable' : element.role];
  if (element.name) parts.push(JSON.stringify(element.name));
  if (element.ref) parts.push(`[ref=${element.ref}]`);
  if (element.level !== undefined) parts.push(`[level=${element.level}]`);
  if (element.checked !== undefined)
    parts.push(
      element.checked === true ? '[checked]' : element.checked === 'mixed' ? '[mixed]' : '[unchecked]',
    );
  if (element.disabled) parts.push('[disabled]');
  if (element.expanded !== undefined) parts.push(element.expanded ? '[expanded]' : '[collapsed]');
  if (element.selected) parts.push('[selected]');
  if (element.pressed) parts.push('[pressed]');
  if (element.current) parts.push('[current]');
  if (element.hint) parts.push(`[hint=${element.hint}]`);
  if (element.fileInput) parts.push('[file]');
  if (element.required) parts.push('[required]');
  if (element.placeholder) parts.push(`[placeholder=${JSON.stringify(element.placeholder)}]`);
  if (element.nearLabel) parts.push(`[near=${JSON.stringify(element.nearLabel)}]`);
  if (
    element.inputType &&
    !/^(text|search|password|checkbox|radio|submit|button|file)$/.test(element.inputType)
  )
    parts.push(`[type=${element.inputType}]`);
  if (element.url) parts.push(`[url=${element.url}]`);
  if (element.options)
    parts.push(
      `options: ${element.options.map((o) => (o === element.value ? `${o} (selected)` : o)).join(' | ')}`,
    );
  else if (element.value !== undefined && element.value !== '')
    parts.push(`= ${JSON.stringify(element.value)}`);
  return parts.join(' ');
}

function textOf(node: AriaNode | string): string {
  if (typeof node === 'string') return node.trim();
  const own = node.name ?? (typeof node.text === 'string' ? node.text : '');
  const parts = (node.children ?? []).map(textOf).filter(Boolean);
  // A label's text often repeats the name of the control beside it: keep it once.
  const inner = parts.filter((part, i) => part !== parts[i - 1]).join(' ');
  return (inner.includes(own) ? inner : `${own} ${inner}`).replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** DOM facts the aria snapshot lacks, keyed by aria ref. */
export interface DomFacts {
  file?: boolean;
  submit?: boolean;
  required?: boolean;
  password?: boolean;
  placeholder?: string;
  /** A masked value for password fields ("••••" when filled). */
  masked?: string;
  current?: boolean;
  hint?: string;
  invalid?: boolean;
  inputType?: string;
  nearLabel?: string;
  pointer?: boolean;
  blocked?: boolean;
  /** `aria-valuenow` of a slider or spinbutton that is not an <input>. */
  valueNow?: string;
}

/**
 * Facts for the elements that can be acted on, in one evaluation per frame: the snapshot's refs
 * resolve only through Playwright's selector engine, so the refs of a frame are joined into one
 * locator (`a.or(b)…`) whose elements come back in document order, the order the snapshot lists
 * them in. Where that order can differ (content slotted into a shadow root, `aria-owns`) or an
 * element went away, that frame falls back to one small evaluation per element.
 */
async function domFacts(page: Page, elements: readonly ObservedElement[]): Promise<Map<string, DomFacts>> {
  const out = new Map<string, DomFacts>();
  const byFrame = new Map<string, ObservedElement[]>();
  for (const element of elements) {
    if (
      !element.ref ||
      (!ACTIONABLE_ROLES.has(element.role) && element.role !== 'cell' && !element.clickable)
    )
      continue;
    const frame = /^f\d+/.exec(element.ref)?.[0] ?? '';
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), element]);
  }
  await Promise.all(
    [...byFrame.values()].map(async (group) => {
      const union = group.map((e) => page.getByRef(e.ref)).reduce((a, b) => a.or(b));
      // Refs resolve where the snapshot was taken: one query gives handles to every element of the
      // frame (document order), one evaluation in that frame reads them all.
      const handles = await union.elementHandles().catch(() => []);
      const all = handles[0] ? await handles[0].evaluate(collectFactsOfAll, handles).catch(() => null) : null;
      // A dialog or layer over an iframe blocks every control inside it.
      const hostBlocked = handles[0] && group[0]!.frameRef ? await frameHostBlocked(handles[0]) : false;
      if (hostBlocked) for (const element of group) out.set(element.ref, { blocked: true });
      void Promise.all(handles.map((h) => h.dispose())).catch(() => {});
      const merge = (ref: string, facts: DomFacts) =>
        out.set(ref, hostBlocked ? { ...facts, blocked: true } : facts);
      if (all && !all.reordered && all.facts.length === group.length) {
        group.forEach((element, i) => merge(element.ref, all.facts[i]!));
        return;
      }
      await Promise.all(
        group.map(async (element) => {
          const one = await page
            .getByRef(element.ref)
            .elementHandle({ timeout: 2_000 })
            .then(async (h) => {
              if (!h) return null;
              const facts = await h.evaluate(collectFactsOfAll, [h]);
              void h.dispose().catch(() => {});
              return facts;
            })
            .catch(() => null);
          // The element went away between snapshot and this: keep what the snapshot said.
          if (one?.facts.length === 1) merge(element.ref, one.facts[0]!);
        }),
      );
    }),
  );
  return out;
}

/**
 * A role-less wrapper holding nothing but one clickable element (`<div><span class="btn">Save</span>
 * </div>`) comes out of Playwright's snapshot as one node with the wrapper's ref and cursor: the
 * pointer cursor of the element people click is lost, and "Save" would read as plain text. Such
 * nodes (generic, a short text of their own, no pointer above them) are checked in the page, one
 * query per frame: when the only-child chain under the wrapper reaches an element with a pointer
 * cursor, the node is marked as having one. (Text the wrapper holds beside it — "Read more" with
 * only "more" clickable — keeps it plain.)
 */
async function markWrappedPointers(page: Page, tree: readonly (AriaNode | string)[]): Promise<void> {
  const candidates: AriaNode[] = [];
  const walk = (nodes: readonly (AriaNode | string)[], underPointer: boolean) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      const pointer = underPointer || node.cursor === 'pointer';
      if (
        !pointer &&
        node.role === 'generic' &&
        node.ref !== undefined &&
        !node.children?.length &&
        typeof node.text === 'string' &&
        node.text.trim().length > 0 &&
        node.text.trim().length <= 80
      )
        candidates.push(node);
      walk(node.children ?? [], pointer);
    }
  };
  walk(tree, false);
  if (!candidates.length) return;
  const byFrame = new Map<string, AriaNode[]>();
  for (const node of candidates) {
    const frame = /^f\d+/.exec(node.ref!)?.[0] ?? '';
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), node]);
  }
  await Promise.all(
    [...byFrame.values()].map(async (group) => {
      const union = group.map((n) => page.getByRef(n.ref!)).reduce((a, b) => a.or(b));
      const handles = await union.elementHandles().catch(() => []);
      // (Handles come back in document order, the snapshot's; a count that differs says nothing sure.)
      const found =
        handles[0] && handles.length === group.length
          ? await handles[0].evaluate(wrapsPointer, handles).catch(() => null)
          : null;
      void Promise.all(handles.map((h) => h.dispose())).catch(() => {});
      found?.forEach((yes, i) => {
        if (yes) group[i]!.cursor = 'pointer';
      });
    }),
  );
}

/** Runs in the page: for each wrapper, whether its only-child chain reaches a pointer cursor. */
function wrapsPointer(_first: Node, nodes: Node[]): boolean[] {
  return (nodes as Element[]).map((wrapper) => {
    const win = wrapper.ownerDocument.defaultView;
    if (!win || win.getComputedStyle(wrapper).cursor === 'pointer') return false;
    let el: Element = wrapper;
    while (el.childElementCount === 1) {
      // Words of its own beside the child: the child is not all there is to click.
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (own) return false;
      el = el.firstElementChild!;
      if (win.getComputedStyle(el).cursor === 'pointer') return true;
    }
    return false;
  });
}

/** Whether the iframe holding `inside` is itself blocked in its parent (under a modal or a layer). */
async function frameHostBlocked(inside: ElementHandle): Promise<boolean> {
  const frame = await inside.ownerFrame().catch(() => null);
  const host = await frame?.frameElement().catch(() => null);
  if (!host) return false;
  const facts = await host.evaluate(collectFactsOfAll, [host]).catch(() => null);
  void host.dispose().catch(() => {});
  return facts?.facts[0]?.blocked === true;
}

/**
 * Runs in the page on the elements of one frame (document order). Self-contained: Playwright sends
 * only this function's source. `reordered` says the snapshot's order may differ from the document's.
 */
function collectFactsOfAll(_first: Node, nodes: Node[]): { facts: DomFacts[]; reordered: boolean } {
  const elements = nodes as Element[];
  const reordered =
    elements.some((el) => {
      // Up to the document, through shadow roots to their hosts.
      for (
        let node: Element | null = el;
        node;
        node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null
      )
        if (node.assignedSlot) return true;
      return false;
    }) || (elements[0]?.ownerDocument.querySelector('[aria-owns]') ?? null) !== null;
  const modal = elements[0] ? topModal(elements[0].ownerDocument) : null;
  return {
    facts: elements.map((el) => {
      const fact = collectFacts(el);
      if ((modal && !within(el, modal)) || coveredByLayer(el)) fact.blocked = true;
      return fact;
    }),
    reordered,
  };

  /** The open modal dialog on top (the last one in the document), if any. */
  function topModal(doc: Document): Element | null {
    const win = doc.defaultView;
    const open = [...doc.querySelectorAll('[aria-modal="true"], dialog[open]')].filter((d) => {
      if (d.tagName === 'DIALOG' && !d.matches(':modal')) return false;
      const box = d.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && win?.getComputedStyle(d).visibility !== 'hidden';
    });
    return open.at(-1) ?? null;
  }

  /** Whether `inner` is `outer` or lies inside it, through shadow roots. */
  function within(inner: Node, outer: Node): boolean {
    for (let node: Node | null = inner; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null)
      if (node === outer) return true;
    return false;
  }

  /**
   * Whether a fixed layer that does not hold `el` (a backdrop, a banner) is what a click at the
   * element's centre would hit. Only for elements in the viewport: others are scrolled to first.
   */
  function coveredByLayer(el: Element): boolean {
    const win = el.ownerDocument.defaultView;
    if (!win) return false;
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (box.width === 0 || box.height === 0 || x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight)
      return false;
    let hit: Element | null = el.ownerDocument.elementFromPoint(x, y);
    // Down through open shadow roots to the element really hit.
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    if (!hit || within(hit, el) || within(el, hit)) return false;
    for (
      let node: Element | null = hit;
      node;
      node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null
    ) {
      if (within(el, node)) return false;
      if (win.getComputedStyle(node).position === 'fixed') return true;
    }
    return false;
  }

  /** Runs in the page, on one element. */
  function collectFacts(el: Element): DomFacts {
    const fact: DomFacts = {};
    const tag = el.tagName.toLowerCase();
    const input = el as HTMLInputElement;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'input' && type === 'file') fact.file = true;
    if (
      (tag === 'button' && (type === '' || type === 'submit') && input.form) ||
      (tag === 'input' && (type === 'submit' || type === 'image'))
    )
      fact.submit = true;
    if ('required' in input && input.required) fact.required = true;
    if (tag === 'input' && type === 'password') {
      fact.password = true;
      fact.masked = input.value ? '••••' : '';
    }
    const placeholder = el.getAttribute('placeholder');
    if (placeholder) fact.placeholder = placeholder;
    // A table cell whose text is a clickable span ("Jonas Berg" opening the contact).
    if ((tag === 'td' || tag === 'th') && !el.querySelector('a,button,input,select,textarea')) {
      const win = el.ownerDocument.defaultView;
      if (win && [...el.querySelectorAll('*')].some((n) => win.getComputedStyle(n).cursor === 'pointer'))
        fact.pointer = true;
    }
    if (tag === 'textarea') fact.inputType = 'textarea';
    else if (tag === 'input') fact.inputType = type || 'text';
    // (A switch or box built of a plain element with a role is labelled the same way.)
    const toggleRole = /^(switch|checkbox|radio|slider|spinbutton|textbox|combobox)$/.test(
      el.getAttribute('role') ?? '',
    );
    if (
      (tag === 'input' || tag === 'textarea' || tag === 'select' || toggleRole) &&
      !nameOf(el) &&
      !(toggleRole && (el.textContent ?? '').trim())
    ) {
      const near = nearbyText(el);
      if (near) fact.nearLabel = near;
    }
    // A slider or stepper built of a div says its value only through aria-valuenow.
    const valueNow = el.getAttribute('aria-valuenow');
    if (tag !== 'input' && /^(slider|spinbutton)$/.test(el.getAttribute('role') ?? '') && valueNow !== null)
      fact.valueNow = valueNow.trim();
    const invalid = el.getAttribute('aria-invalid');
    if (invalid && invalid !== 'false') fact.invalid = true;
    const current = el.getAttribute('aria-current');
    if (
      (current && current !== 'false') ||
      /\b(selected|active|current)\b/.test(el.getAttribute('class') ?? '')
    )
      fact.current = true;
    const label = (el.textContent ?? '').trim();
    if (!/[\p{L}\p{N}]/u.test(label)) {
      const words = `${el.getAttribute('title') ?? ''} ${el.id} ${el.getAttribute('class') ?? ''}`
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2 && !/^(btn|button|icon|css|js)$/.test(w));
      if (words.length) fact.hint = [...new Set(words)].slice(0, 3).join(' ');
    }
    return fact;
  }

  /** Whether the field has a name of its own (a label, aria-label, aria-labelledby or title). */
  function nameOf(el: Element): string {
    const labels = (el as HTMLInputElement).labels;
    return (
      (labels && labels.length ? (labels[0]!.textContent ?? '') : '') ||
      el.getAttribute('aria-label') ||
      el.getAttribute('aria-labelledby') ||
      el.getAttribute('title') ||
      ''
    ).trim();
  }

  /**
   * The text a person reads as the field's label when the page gives none: the nearest preceding
   * sibling with text, else the text of the field's parent outside the field (a caption beside it).
   */
  function nearbyText(el: Element): string {
    const short = (text: string | null | undefined) => {
      const flat = (text ?? '').replace(/\s+/g, ' ').trim();
      return flat.length > 0 && flat.length <= 60 ? flat : '';
    };
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (
        /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(sibling.tagName) ||
        sibling.querySelector('input,textarea,select')
      )
        break;
      // A caption with a line of help under it ("Sync across devices" / "Keep notes the same…"):
      // its first line is the label.
      const text =
        (sibling.childElementCount > 1 ? short(sibling.firstElementChild?.textContent) : '') ||
        short(sibling.textContent);
      if (text) return text;
    }
    const parent = el.parentElement;
    if (!parent || parent.querySelectorAll('input,textarea,select').length > 1) return '';
    let own = '';
    for (const node of parent.childNodes)
      if (node !== el && !(node instanceof Element && node.matches('[role=alert],[aria-live]')))
        own += ` ${node.textContent ?? ''}`;
    return short(own);
  }
}

function applyFacts(elements: ObservedElement[], facts: ReadonlyMap<string, DomFacts>): void {
  for (const element of elements) {
    const fact = facts.get(element.ref);
    if (!fact) continue;
    if (fact.file) element.fileInput = true;
    if (fact.submit) element.submit = true;
    if (fact.required) element.required = true;
    if (fact.password) {
      element.password = true;
      element.value = fact.masked ?? '';
    }
    if (fact.placeholder && !element.placeholder) element.placeholder = fact.placeholder;
    if (fact.current && ACTIONABLE_ROLES.has(element.role)) element.current = true;
    if (fact.hint && (element.role === 'button' || element.role === 'link')) element.hint = fact.hint;
    if (fact.invalid) element.invalid = true;
    if (fact.inputType) element.inputType = fact.inputType;
    if (fact.pointer && element.role === 'cell' && element.name) element.clickable = true;
    if (fact.nearLabel && !element.name) element.nearLabel = fact.nearLabel;
    if (fact.blocked) element.blocked = true;
    if (fact.valueNow !== undefined) element.value = fact.valueNow;
  }
}

/** The frame an element lives in, for elements inside iframes. */
export async function frameOfRef(page: Page, frameRef: string | undefined): Promise<Frame | null> {
  if (!frameRef) return null;
  const handle = await page.getByRef(frameRef).elementHandle({ timeout: 2_000 });
  return handle ? handle.contentFrame() : null;
}
