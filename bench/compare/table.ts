/** The comparison as a plain-text table for the terminal (and the docs). */
import type { PhaseResult } from './phases.ts';

interface Report {
  settings: { records: number; modelRecords: number; latencyMs: number; concurrency: number };
  paths: { sandbox: PhaseResult; plainJs: PhaseResult; model: PhaseResult };
  modelExtrapolatedToFullCount: {
    records: number;
    wallMs: number;
    modelCalls: number;
    inputTokens: number;
    outputTokens: number;
    costUsd: number;
  };
  ratios: {
    sandboxVsModelThroughput: number;
    plainJsVsModelThroughput: number;
    plainJsVsSandboxThroughput: number;
    modelVsSandboxWallTimeAtFullCount: number;
  };
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const hours = seconds / 3600;
  return hours < 2 ? `${(seconds / 60).toFixed(0)} min` : `${hours.toFixed(1)} h`;
}

const usd = (n: number | null): string => (n === null ? '$0 (no calls)' : `$${n.toFixed(n < 1 ? 4 : 2)}`);

/** Markdown-style rows, readable in a terminal as they are. */
export function formatTable(report: Report): string {
  const { sandbox, plainJs, model } = report.paths;
  const x = report.modelExtrapolatedToFullCount;
  const header = [
    'path',
    'records',
    'records/s',
    'wall time',
    'model calls',
    'input tok',
    'output tok',
    'cost',
    'peak RSS',
  ];
  const row = (name: string, r: PhaseResult): string[] => [
    name,
    int(r.records),
    int(r.recordsPerSecond),
    duration(r.wallMs),
    int(r.modelCalls),
    int(r.inputTokens),
    int(r.outputTokens),
    usd(r.costUsd),
    `${r.peakRssMb} MB`,
  ];
  const rows = [
    header,
    row('code in sandbox (run path)', sandbox),
    row('code as plain JS (upper bound)', plainJs),
    row('model per record (SIMULATED)', model),
    [
      'model, EXTRAPOLATED',
      int(x.records),
      int(model.recordsPerSecond),
      duration(x.wallMs),
      int(x.modelCalls),
      int(x.inputTokens),
      int(x.outputTokens),
      usd(x.costUsd),
      '—',
    ],
  ];
  const widths = header.map((_h, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const r = report.ratios;
  return [
    line(rows[0] ?? []),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
    '',
    `ratios: sandbox ${int(r.sandboxVsModelThroughput)}× the model path's records/s; plain JS ${int(r.plainJsVsModelThroughput)}×; ` +
      `plain JS ${r.plainJsVsSandboxThroughput}× the sandbox; at ${int(x.records)} records the model path takes ` +
      `${int(r.modelVsSandboxWallTimeAtFullCount)}× the sandbox's wall time.`,
    `model path: SIMULATED (${report.settings.latencyMs} ms per call, ${report.settings.concurrency} in parallel, ` +
      'real provider code against a local scripted server; no real model was called). ' +
      `Errors: sandbox ${sandbox.errors}, plain JS ${plainJs.errors} (throws only: plain JS has no schema check), model ${model.errors}; ` +
      `model answers equal to the code's: ${model.matchesCode ?? 0}/${model.records}.`,
  ].join('\n');
}
