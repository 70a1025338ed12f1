import os from 'node:os';

/** What the figures were measured on, recorded with every result file. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    date: new Date().toISOString(),
  };
}
