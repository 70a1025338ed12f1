/** The browser benchmark's tables, for the terminal and the docs. */
import type { Summary, Way } from './measure.ts';
import type { PageStateTokens } from './page-states.ts';

const int = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const seconds = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '—');
const usd = (n: number): string => `$${n.toFixed(4)}`;
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(1)}×` : '—');

function render(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_h, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(rows[0] ?? []),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

function label(way: Way, latencyMs: number): string {
  switch (way) {
    case 'planner-model':
      return `planner, model (SIMULATED, ${latencyMs} ms/call)`;
    case 'planner-local':
      return 'planner, local (no model)';
    case 'replay':
      return 'replay of the recorded spec (in-process)';
    case 'replay-cli':
      return 'replay: `codify test replay` (process)';
    case 'exported-test':
      return 'exported Playwright test (process)';
  }
}

/** Wall time (median, min–max), model calls, tokens, cost and page loads per way. */
export function formatSummaryTable(summaries: Summary[], latencyMs: number): string {
  const rows = [
    [
      'way',
      'passed',
      'wall time (median)',
      'min–max',
      'waiting for the model',
      'model calls',
      'input tok',
      'output tok',
      'cost',
      'page loads',
    ],
  ];
  for (const s of summaries) {
    rows.push([
      label(s.way, latencyMs),
      `${s.passed}/${s.runs}`,
      seconds(s.wallMsMedian),
      `${seconds(s.wallMsMin)}–${seconds(s.wallMsMax)}`,
      s.modelCalls ? seconds(s.modelWaitMsMedian) : '—',
      int(s.modelCalls),
      int(s.inputTokens),
      int(s.outputTokens),
      usd(s.costUsd),
      int(s.pageLoads),
    ]);
    if (s.testMsMedian !== undefined) {
      rows.push(['  of which the test itself', '', seconds(s.testMsMedian), '', '', '', '', '', '', '']);
    }
  }
  const model = summaries.find((s) => s.way === 'planner-model');
  const replay = summaries.find((s) => s.way === 'replay');
  const exported = summaries.find((s) => s.way === 'exported-test');
  const notes: string[] = [];
  if (model) {
    notes.push(
      `the simulated model planner spends ${seconds(model.modelWaitMsMedian)} waiting for answers and ` +
        `${seconds(model.wallMsMedian - model.modelWaitMsMedian)} on everything else (browser, observation, actions)`,
    );
    if (replay)
      notes.push(`it takes ${ratio(model.wallMsMedian, replay.wallMsMedian)} the replay's wall time`);
    if (exported)
      notes.push(
        `${ratio(model.wallMsMedian, exported.wallMsMedian)} the exported test's process and ` +
          `${ratio(model.wallMsMedian, exported.testMsMedian ?? Number.NaN)} the test's own duration`,
      );
  }
  return `${render(rows)}\n${notes.join('; ')}${notes.length ? '.' : ''}`;
}

export interface TokenTotals {
  states: number;
  codifySnapshot: number;
  codifyWithScreenshot: number;
  seedHtml: number;
  seedHtmlWithScreenshotHigh: number;
  seedHtmlWithScreenshotLow: number;
  seedRawHtml: number;
}

export function tokenTotals(states: PageStateTokens[]): TokenTotals {
  const sum = (pick: (s: PageStateTokens) => number) => states.reduce((n, s) => n + pick(s), 0);
  return {
    states: states.length,
    codifySnapshot: sum((s) => s.codify.snapshotTokens),
    codifyWithScreenshot: sum((s) => s.codify.withScreenshot),
    seedHtml: sum((s) => s.seed.strippedHtmlTokens),
    seedHtmlWithScreenshotHigh: sum((s) => s.seed.withScreenshotHigh),
    seedHtmlWithScreenshotLow: sum((s) => s.seed.strippedHtmlTokens + s.seed.screenshotTokensLow),
    seedRawHtml: sum((s) => s.seed.rawHtmlTokens),
  };
}

/** Tokens per page state: codify's snapshot (± screenshot) against the seed's stripped HTML (± screenshot). */
export function formatTokenTable(states: PageStateTokens[], totals: TokenTotals): string {
  const rows = [
    [
      'state',
      'page',
      'next action',
      'codify snapshot',
      'codify + screenshot',
      'seed HTML',
      'seed HTML + screenshot',
      'seed+shot / codify',
    ],
  ];
  for (const s of states) {
    rows.push([
      String(s.state),
      new URL(s.url).pathname,
      s.next.length > 48 ? `${s.next.slice(0, 47)}…` : s.next,
      int(s.codify.snapshotTokens),
      int(s.codify.withScreenshot),
      int(s.seed.strippedHtmlTokens),
      int(s.seed.withScreenshotHigh),
      ratio(s.seed.withScreenshotHigh, s.codify.snapshotTokens),
    ]);
  }
  rows.push([
    'total',
    `${totals.states} states`,
    '',
    int(totals.codifySnapshot),
    int(totals.codifyWithScreenshot),
    int(totals.seedHtml),
    int(totals.seedHtmlWithScreenshotHigh),
    ratio(totals.seedHtmlWithScreenshotHigh, totals.codifySnapshot),
  ]);
  return [
    render(rows),
    `ratios over the flow: seed HTML alone ${ratio(totals.seedHtml, totals.codifySnapshot)} codify's snapshot; ` +
      `seed HTML + screenshot (high detail) ${ratio(totals.seedHtmlWithScreenshotHigh, totals.codifySnapshot)}; ` +
      `with a low-detail screenshot ${ratio(totals.seedHtmlWithScreenshotLow, totals.codifySnapshot)}; ` +
      `against codify with its screenshot too ${ratio(totals.seedHtmlWithScreenshotHigh, totals.codifyWithScreenshot)}. ` +
      `Unstripped body HTML: ${int(totals.seedRawHtml)} tokens.`,
    'Text: o200k_base. Screenshots: OpenAI tile formula, high detail (codify: the viewport it sends in vision ' +
      'mode; seed: its full-page shot). Per-call instructions and history are not included in these columns.',
  ].join('\n');
}
