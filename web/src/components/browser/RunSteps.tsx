import type { StepView } from './run-model.ts';

/** The steps of a browser run, each with every attempt: the planner's reason, the action, errors. */
export function RunSteps({ steps, running }: { steps: StepView[]; running: boolean }) {
  if (steps.length === 0)
    return <p className="empty">{running ? 'Waiting for the first step…' : 'No steps.'}</p>;
  return (
    <ol className="run-steps" aria-label="Run steps">
      {steps.map((step, index) => {
        const last = index === steps.length - 1;
        const state = step.done ? 'done' : running && last ? 'active' : 'failed';
        return (
          <li key={step.step} className={`run-step step-${state}`}>
            <div className="step-head">
              <span className="step-number">Step {step.step}</span>
              {step.done ? (
                step.done.goalReached ? (
                  <span className="badge status-completed">goal reached</span>
                ) : step.attempts.some((a) => a.description === step.done?.description) ? (
                  <span className="badge status-completed">done</span>
                ) : (
                  <code className="step-outcome">{step.done.description}</code>
                )
              ) : state === 'active' ? (
                <span className="badge status-running">in progress</span>
              ) : (
                <span className="badge status-failed">not done</span>
              )}
              {step.healed ? <span className="badge status-awaiting-review">healed</span> : null}
              {step.attempts.length > 1 ? (
                <span className="muted small">{step.attempts.length} attempts</span>
              ) : null}
            </div>
            {step.url ? <div className="muted small step-url">{step.url}</div> : null}
            <ul className="attempts">
              {step.attempts.map((attempt, i) => (
                <li key={i} className={attempt.failure ? 'attempt attempt-failed' : 'attempt'}>
                  {step.attempts.length > 1 ? <span className="muted small">#{attempt.attempt} </span> : null}
                  {attempt.description ? (
                    <>
                      <span className={`action-chip action-${attempt.actionType ?? 'other'}`}>
                        {attempt.actionType ?? 'action'}
                      </span>{' '}
                      <code>{withoutVerb(attempt.description, attempt.actionType)}</code>
                    </>
                  ) : attempt.title !== undefined ? (
                    <span className="muted">
                      looking at “{attempt.title}” ({attempt.elements} elements)
                    </span>
                  ) : null}
                  {attempt.reason ? <div className="reason">{attempt.reason}</div> : null}
                  {attempt.failure ? (
                    <div className="attempt-error" role="note">
                      <span className="badge status-failed">{attempt.failure.kind}</span>{' '}
                      {attempt.failure.error}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

/** `click button "X"` under a `click` chip reads as `button "X"`. */
function withoutVerb(description: string, verb: string | undefined): string {
  return verb && description.startsWith(`${verb} `) ? description.slice(verb.length + 1) : description;
}
