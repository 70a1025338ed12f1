/**
 * Issue 11 §2: a branch of a program is evidence only for records like the examples that took it.
 * A test that tells the examples apart (a word, a digit count) may route a record for a reason no
 * example of that branch had; such records go to review, not to the output.
 */
import { describe, expect, it } from 'vitest';
import { loadTransform, synthesize } from '../synth/index.ts';
import {
  BRANCH_EVIDENCE,
  branchEvidence,
  profileInputs,
  rivalsResult,
  uncoveredShape,
  withBranchEvidence,
  type BranchSource,
} from './trust.ts';

// A program fitted to these: "the word c" picks the copied reading, anything else the °F branch.
const READINGS = [
  { input: { reading: '72°F' }, output: { celsius: 22.2 } },
  { input: { reading: '98.6 F' }, output: { celsius: 37 } },
  { input: { reading: '22 °C' }, output: { celsius: 22 } },
  { input: { reading: '-4 C' }, output: { celsius: -4 } },
];
const CODE =
  '/\\bc\\b/i.test(text(input.reading)) ? parseNumber(input.reading) : round((parseNumber(input.reading) - 32) * 5 / 9, 1)';
const byWordC: BranchSource = {
  branches: [{ field: 'celsius', code: CODE }],
  routes: (input) => ({
    celsius: /\bc\b/i.test(String((input as { reading?: unknown }).reading ?? '')) ? 't' : 'f',
  }),
};

describe('branch evidence', () => {
  it('groups the examples by the branch they took, profiled for the field’s code', () => {
    const [evidence] = branchEvidence(READINGS, byWordC);
    expect(evidence?.counts).toEqual({ f: 2, t: 2 });
    expect(evidence?.routes['f']?.keys[0]?.words).toEqual(['f']);
    expect(evidence?.routes['t']?.keys[0]?.words).toEqual(['c']);
  });

  it('sends to review a record whose branch none of its examples would have taken for it', () => {
    const profile = withBranchEvidence(profileInputs(READINGS, CODE), READINGS, byWordC);
    // Every example together has the word "c" and these characters: the whole-program check passes…
    expect(uncoveredShape({ keys: profile.keys }, { reading: '20.5C' })).toBeNull();
    // …but "20.5C" has no word boundary before its C, so the test sends it to the °F branch,
    // whose examples all said F.
    expect(uncoveredShape(profile, { reading: '20.5C' })).toMatch(
      /branch of the program for "celsius".*fitted to 2 examples.*"reading" has the word "c"/,
    );
    // Records like the examples of their branch are written.
    expect(uncoveredShape(profile, { reading: '50 F' })).toBeNull();
    expect(uncoveredShape(profile, { reading: '18 °C' })).toBeNull();
  });

  it('takes the routes a run got from its sandbox over computing them', () => {
    const profile = withBranchEvidence(profileInputs(READINGS, CODE), READINGS, byWordC);
    const { routeOf: _inProcess, ...fromFile } = profile;
    expect(uncoveredShape(fromFile, { reading: '20.5C' })).toBeNull(); // no routes: nothing to hold it to
    expect(uncoveredShape(fromFile, { reading: '20.5C' }, { celsius: 'f' })).toMatch(/fitted to 2 examples/);
    expect(uncoveredShape(fromFile, { reading: '21C' }, { celsius: 't' })).toBeNull();
  });

  it('sends to review a record on a branch only one example took, or none', () => {
    expect(BRANCH_EVIDENCE).toBe(2);
    const three = READINGS.slice(0, 3);
    const profile = withBranchEvidence(profileInputs(three, CODE), three, byWordC);
    expect(uncoveredShape(profile, { reading: '19 °C' })).toMatch(/only one example took/);
    expect(uncoveredShape(profile, { reading: '50 F' })).toBeNull();
    expect(uncoveredShape(profile, { reading: '50 F' }, { celsius: 'g' })).toMatch(/no example took/);
  });

  it('does not ask two examples of a value for blank inputs (a default, not a fitted branch)', () => {
    const source: BranchSource = {
      branches: [{ field: 'celsius', code: `isBlank(input.reading) ? 0 : ${CODE}` }],
      routes: (input) => {
        const reading = String((input as { reading?: unknown }).reading ?? '');
        return { celsius: reading.trim() === '' ? 'b' : /\bc\b/i.test(reading) ? 'nt' : 'nf' };
      },
    };
    const examples = [...READINGS, { input: { reading: '' }, output: { celsius: 0 } }];
    const profile = withBranchEvidence(
      profileInputs(examples, source.branches[0]?.code ?? ''),
      examples,
      source,
    );
    expect(uncoveredShape(profile, { reading: ' ' })).toBeNull();
  });

  it('holds a program the synthesizer fitted with a guard to the examples of each branch', () => {
    const result = synthesize(READINGS, { timeoutMs: 10_000 });
    const space = result.versionSpace;
    expect(space?.branches.length).toBe(1);
    const transform = loadTransform(result.code ?? '');
    const profile = withBranchEvidence(profileInputs(READINGS, result.code), READINGS, space);
    // Whatever test it chose, every example is covered by its own branch…
    for (const example of READINGS) expect(uncoveredShape(profile, example.input)).toBeNull();
    // …and no record is written from a branch whose examples lacked its unit word.
    for (const reading of ['20.5C', '41F', '12 c', '7 f']) {
      const route = space?.routes({ reading })['celsius'] ?? '';
      const evidence = profile.branches?.[0]?.routes[route];
      const words = evidence?.keys.find((k) => k.key === 'reading')?.words ?? [];
      const unit = /c$/i.test(reading) ? 'c' : 'f';
      if (!words.includes(unit)) expect(uncoveredShape(profile, { reading })).not.toBeNull();
      else expect(transform({ reading })).toBeDefined();
    }
  });

  it('reads the routes from the rivals module of this build, and the rivals alone from an older one', () => {
    const meta = { codeHash: 'x', tolerance: {}, programs: {} };
    const older = { family: ['Ann'] };
    expect(rivalsResult(older, meta)).toEqual({ rivals: older });
    const now = { rivals: { family: ['Ann'] }, routes: { celsius: 'ft' } };
    expect(rivalsResult(now, { ...meta, branches: [] })).toEqual(now);
    expect(rivalsResult(null, { ...meta, branches: [] })).toBeNull();
  });
});
