import { Link } from 'react-router';
import type { BuildSummary } from './service-api.ts';

type Ambiguity = NonNullable<BuildSummary['ambiguity']>;
type Unfit = NonNullable<BuildSummary['unfit']>[number];

/** What a build's summary says of the inputs it saw that the examples do not settle. */
export interface Unsettled {
  checked: number;
  unsettled: number;
  /** Reason → inputs, most first (the order of the CLI's `Unsettled:` line). */
  reasons: [string, number][];
}

/**
 * Every reason the inputs seen would go to review, counted: a summary from before the build
 * counted reasons knows only the rivals' disagreements, and says them as that one reason.
 */
export function unsettledOf(ambiguity: Ambiguity): Unsettled {
  if (ambiguity.reasons) {
    const reasons = Object.entries(ambiguity.reasons.byReason).sort((a, b) => b[1] - a[1]);
    return { checked: ambiguity.reasons.checked, unsettled: ambiguity.reasons.unsettled, reasons };
  }
  return {
    checked: ambiguity.checked,
    unsettled: ambiguity.ambiguous,
    reasons: ambiguity.ambiguous > 0 ? [['rival programs disagree', ambiguity.ambiguous]] : [],
  };
}

/** The inputs seen that a run would not write, and why, with a way to the questions. */
export function UnsettledReasons({ ambiguity, service }: { ambiguity: Ambiguity; service: string | null }) {
  const found = unsettledOf(ambiguity);
  return (
    <div className="muted" aria-label="Unsettled inputs">
      Checked {found.checked} input(s) seen: {found.unsettled} not settled by the examples
      {ambiguity.questions > 0 ? (
        <>
          , {ambiguity.questions} question(s) asked
          {service ? (
            <>
              {' · '}
              <Link to={`/services/${service}?tab=questions`}>answer them</Link>
            </>
          ) : null}
        </>
      ) : null}
      .
      {found.reasons.length > 0 ? (
        <ul aria-label="Why inputs are unsettled">
          {found.reasons.map(([reason, n]) => (
            <li key={reason}>
              {reason}: {n}
            </li>
          ))}
        </ul>
      ) : null}
      {found.unsettled > 0 ? (
        <div>Until they are settled, runs send records like them to review (kind review in the errors).</div>
      ) : null}
    </div>
  );
}

/**
 * What the build could not vouch for: no input besides the examples was checked (saying nothing
 * would read as "no ambiguity"), and branches of the program too few examples took.
 */
export function BuildCoverage({ ambiguity }: { ambiguity: Ambiguity }) {
  const thin = ambiguity.thinBranches ?? [];
  if (ambiguity.checked > 0 && thin.length === 0) return null;
  return (
    <div className="muted" aria-label="What the build could not check">
      {ambiguity.checked === 0 ? (
        <div>
          Ambiguity not checked: no input besides the examples was seen. Build with a sample of the input to
          come to find inputs the examples do not settle.
        </div>
      ) : null}
      {thin.length > 0 ? (
        <ul aria-label="Branches too few examples took">
          {thin.map((branch, i) => (
            <li key={i}>
              The program for {branch.field === '$' ? 'the output' : <code>{branch.field}</code>} has a branch
              only {branch.examples} example took: records that take it go to review until another example of
              that kind is added.
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The examples the program that fits the most does not fit, each with what it gives instead. */
export function UnfitAnswers({ unfit, service }: { unfit: readonly Unfit[]; service: string | null }) {
  const answers = unfit.some((u) => u.answer);
  return (
    <section aria-label="Examples the code does not fit" className="unfit">
      <strong>No program fits every example.</strong> The one that fits the most is in{' '}
      <code>transform.next.ts</code>; it leaves out {unfit.length} example(s) and refuses records like them:
      <table className="table" aria-label="Examples left out">
        <thead>
          <tr>
            <th scope="col">Example</th>
            <th scope="col">Input</th>
            <th scope="col">Its output</th>
            <th scope="col">Why it does not fit</th>
          </tr>
        </thead>
        <tbody>
          {unfit.map((u) => (
            <tr key={u.index}>
              <td>
                {u.index + 1} <span className="muted">(index {u.index})</span>
                {u.answer ? <span className="badge">answered question</span> : null}
              </td>
              <td>
                <code>{JSON.stringify(u.input)}</code>
              </td>
              <td>
                <code>{JSON.stringify(u.output)}</code>
              </td>
              <td>{u.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <span className="muted">
        Check the {answers ? 'answer' : 'label'} (a slip looks like this) and fix it
        {service ? (
          <>
            {' '}
            in <Link to={`/services/${service}?tab=examples`}>the examples</Link>
          </>
        ) : null}
        ; if it is right, add one or two more examples like it, then build again.
      </span>
    </section>
  );
}

/**
 * The service page's word on its last build: how many inputs seen it left unsettled and why (every
 * reason, not only the rivals' disagreements), the open questions, and examples it could not fit.
 */
export function LastBuildNotice({
  build,
  openQuestions,
  service,
}: {
  build: { id: string; summary: BuildSummary } | null;
  openQuestions: number;
  service: string;
}) {
  const found = build?.summary.ambiguity ? unsettledOf(build.summary.ambiguity) : null;
  const unfit = build?.summary.unfit ?? [];
  const unsettled = found !== null && found.unsettled > 0;
  if (!unsettled && openQuestions === 0 && unfit.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label="Last build">
      {unsettled ? (
        <>
          The last build found {found.unsettled} of {found.checked} input(s) seen that the examples do not
          settle ({found.reasons.map(([reason, n]) => `${reason}: ${n}`).join(', ')}); runs send records like
          them to review.{' '}
        </>
      ) : null}
      {openQuestions > 0 ? (
        <>
          {unsettled ? '' : 'The last build left open questions. '}
          <Link to={`/services/${service}?tab=questions`}>Answer {openQuestions} question(s)</Link> in the
          Questions tab.{' '}
        </>
      ) : null}
      {unfit.length > 0 && build ? (
        <>
          No program fits every example: the last build left out {unfit.length} example(s) (
          {unfit.map((u) => `example ${u.index + 1}`).join(', ')}).{' '}
          <Link to={`/runs/${build.id}`}>See why</Link>.
        </>
      ) : null}
    </div>
  );
}
