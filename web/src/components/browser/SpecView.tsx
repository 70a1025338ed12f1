import { formatTime } from '../../lib/format.ts';
import { CodeBlock } from '../CodeView.tsx';
import {
  describeCondition,
  describeTarget,
  isSecret,
  type Spec,
  type SpecStep,
  type SpecValue,
} from './types.ts';

/**
 * A recorded spec as a person reads it: numbered steps (action, element, value or variable, and
 * why the planner took it), then the assertions that prove the goal; the raw JSON on request.
 */
export function SpecView({ spec }: { spec: Spec }) {
  return (
    <div className="spec-view">
      <p className="muted">
        Starts at <code>{spec.url}</code> in a {spec.viewport.width}×{spec.viewport.height} viewport
        {spec.recordedWith ? (
          <>
            {' '}
            · recorded by <code>{spec.recordedWith.planner}</code>
            {spec.recordedWith.model ? <> ({spec.recordedWith.model})</> : null} on{' '}
            {formatTime(spec.recordedWith.at)}
            {spec.recordedWith.healedFrom ? (
              <> · healed from the spec of {formatTime(spec.recordedWith.healedFrom)}</>
            ) : null}
          </>
        ) : null}
      </p>
      <table className="table spec-steps" aria-label="Spec steps">
        <thead>
          <tr>
            <th>#</th>
            <th>Action</th>
            <th>Element</th>
            <th>Value</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {spec.steps.map((step, index) => (
            <tr key={index}>
              <td className="muted">{index + 1}</td>
              <td>
                <span className={`action-chip action-${step.action}`}>{step.action}</span>
              </td>
              <td>
                <code>{describeTarget(step)}</code>
              </td>
              <td>
                <StepValue step={step} spec={spec} />
              </td>
              <td className="muted">{step.reason ?? ''}</td>
            </tr>
          ))}
          {spec.steps.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                No steps: the goal held on the first page.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <h3>Assertions</h3>
      {spec.assertions.length ? (
        <ul className="assertions" aria-label="Spec assertions">
          {spec.assertions.map((assertion, index) => (
            <li key={index}>
              <span className="check-mark" aria-hidden="true">
                ✓
              </span>{' '}
              {describeCondition(assertion)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No assertions.</p>
      )}
      {Object.keys(spec.variables).length ? (
        <>
          <h3>Variables</h3>
          <ul className="inline-list">
            {Object.entries(spec.variables).map(([name, variable]) => (
              <li key={name}>
                <code>{`{${name}}`}</code>
                {isSecret(name, variable) ? <span className="badge">secret</span> : null}
                {variable.default !== undefined ? (
                  <span className="muted"> default {JSON.stringify(variable.default)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>spec.json</summary>
        <CodeBlock code={JSON.stringify(spec, null, 2)} language="json" />
      </details>
    </div>
  );
}

function StepValue({ step, spec }: { step: SpecStep; spec: Spec }) {
  if (step.action === 'upload') return <code>file {step.file ?? '?'}</code>;
  return <ValueText value={step.value} spec={spec} />;
}

function ValueText({ value, spec }: { value: SpecValue | undefined; spec: Spec }) {
  if (value === undefined) return null;
  if (typeof value === 'string') return <code>{JSON.stringify(value)}</code>;
  const secret = isSecret(value.var, spec.variables[value.var]);
  return (
    <span
      className="variable-chip"
      title={secret ? 'secret: supplied at run time, never stored' : 'variable'}
    >
      {`{${value.var}}`}
      {secret ? <span className="secret-mark"> secret</span> : null}
    </span>
  );
}
