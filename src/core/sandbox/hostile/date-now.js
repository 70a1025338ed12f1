// Reading the clock is allowed; scheduling anything is not (no timers exist).
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return {
    now: Date.now(),
    timers: typeof setTimeout + ',' + typeof setInterval + ',' + typeof queueMicrotask,
  };
}
