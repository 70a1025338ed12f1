import path from 'node:path';

/** Where each file of a service lives. One place, so the CLI, library and docs agree. */
export function serviceLayout(dir: string) {
  const internal = path.join(dir, '.codify');
  return {
    dir,
    config: path.join(dir, 'codify.json'),
    examples: path.join(dir, 'examples.json'),
    schema: path.join(dir, 'schema.json'),
    /** Lookup tables the user gives the local synthesizer (issue 11 §4), optional. */
    lookups: path.join(dir, 'lookups.json'),
    transform: path.join(dir, 'transform.ts'),
    transformNext: path.join(dir, 'transform.next.ts'),
    transformDiff: path.join(dir, 'transform.next.diff'),
    internal,
    potentialInputs: path.join(internal, 'potential-inputs.jsonl'),
    proposedSchema: path.join(internal, 'schema.proposed.json'),
    attempts: path.join(internal, 'attempts'),
    lastBuild: path.join(internal, 'last-build.json'),
    runs: path.join(internal, 'runs'),
    /** Rival programs of a synthesized transform.ts, run beside it to find unsettled records. */
    rivals: path.join(internal, 'rivals.ts'),
    rivalsMeta: path.join(internal, 'rivals.json'),
    /** Inputs the examples do not settle, for a person (or a model) to label. */
    questions: path.join(dir, 'questions.json'),
  };
}

export type ServiceLayout = ReturnType<typeof serviceLayout>;
