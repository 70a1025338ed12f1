import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { JsonEditor } from '../../components/JsonEditor.tsx';
import { answersOfDrafts, freshDraft, questionKey, savedMessage, type AnswerDraft } from './question-form.ts';
import { questionsApi, type LabelsAnswer, type OpenQuestion } from './questions-api.ts';
import { serviceApi, type ServiceDetail } from './service-api.ts';
import { useAction } from './use-action.ts';
import './questions.css';

/**
 * The inputs the last build could not settle from the examples (the programs that fit every
 * example disagree on them): per question, the competing outputs and how many records the answer
 * settles; the person picks the right candidate or types the right output, and the answers become
 * examples. Then a rebuild uses them.
 */
export function QuestionsTab({
  service,
  questions,
  liveRun,
  onSaved,
}: {
  service: ServiceDetail;
  questions: OpenQuestion[];
  liveRun: string | null;
  /** Called after answers were saved (the page reloads the service and its questions). */
  onSaved: () => void;
}) {
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<Map<string, AnswerDraft>>(() => new Map());
  const [saved, setSaved] = useState<LabelsAnswer | null>(null);
  const locked = service.config.settings.locked;
  const draftOf = (question: OpenQuestion) => drafts.get(questionKey(question)) ?? freshDraft(question);
  const setDraft = (question: OpenQuestion, draft: AnswerDraft) => {
    setDrafts((current) => new Map(current).set(questionKey(question), draft));
    setSaved(null);
    save.clear();
  };
  const result = answersOfDrafts(questions, new Map(questions.map((q) => [questionKey(q), draftOf(q)])));
  const count = 'answers' in result ? result.answers.length : 0;

  const save = useAction(async () => {
    if ('error' in result) throw new Error(result.error);
    const answer = await questionsApi.answer(service.name, result.answers);
    setDrafts(new Map());
    setSaved(answer);
    onSaved();
  });
  const rebuild = useAction(async () => {
    const { run } = await serviceApi.build(service.name);
    navigate(`/runs/${run.id}`);
  });
  const askModel = useAction(async () => {
    const { run } = await questionsApi.letModelAnswer(service.name);
    navigate(`/runs/${run.id}`);
  });
  const noModel =
    service.config.model === 'local'
      ? 'The model is local (no model to ask): set one beside Model above to let it answer.'
      : null;

  const blocked = locked
    ? 'The service is locked: unlock it to answer questions.'
    : liveRun !== null
      ? 'A build or run is live; answer when it ends.'
      : null;

  return (
    <div className="questions">
      {saved ? (
        <div className="notice info" role="status" aria-label="Answers saved">
          <strong>{savedMessage(saved.added)}</strong>{' '}
          <span className="muted">
            The service now has {saved.examples} examples
            {saved.questions.length > 0 ? `; ${saved.questions.length} question(s) still open` : ''}.
          </span>{' '}
          <button className="primary" disabled={rebuild.busy || liveRun !== null} onClick={rebuild.run}>
            {rebuild.busy ? 'Starting…' : 'Rebuild'}
          </button>
          <ErrorNotice error={rebuild.error} />
        </div>
      ) : null}
      {questions.length === 0 ? (
        saved ? null : (
          <p className="empty">No open questions: the examples settle every input the last build saw.</p>
        )
      ) : (
        <>
          <p className="muted">
            The last build saw inputs the examples do not settle: programs that fit every example give
            different outputs for them, so runs send such records to review. Tell it the right output; each
            answer becomes an example.
          </p>
          {questions.map((question, index) => (
            <QuestionCard
              key={questionKey(question)}
              number={index + 1}
              total={questions.length}
              question={question}
              draft={draftOf(question)}
              disabled={blocked !== null || save.busy}
              onChange={(draft) => setDraft(question, draft)}
            />
          ))}
          {'error' in result ? <ErrorNotice error={new Error(result.error)} /> : null}
          <ErrorNotice error={save.error} />
          <div className="toolbar">
            <button
              className="primary"
              disabled={blocked !== null || save.busy || count === 0 || 'error' in result}
              onClick={save.run}
            >
              {save.busy ? 'Saving…' : `Save ${count} answer${count === 1 ? '' : 's'} as examples`}
            </button>
            <button
              disabled={blocked !== null || noModel !== null || askModel.busy || save.busy}
              onClick={askModel.run}
              title={`The model (${service.config.model}) answers every open question; its answers become examples marked model-labeled for you to review, then the service is rebuilt.`}
            >
              {askModel.busy ? 'Asking…' : 'Let the model answer'}
            </button>
            {blocked ? <span className="muted">{blocked}</span> : null}
            {!blocked && noModel ? <span className="muted">{noModel}</span> : null}
          </div>
          <ErrorNotice error={askModel.error} />
        </>
      )}
    </div>
  );
}

function QuestionCard({
  number,
  total,
  question,
  draft,
  disabled,
  onChange,
}: {
  number: number;
  total: number;
  question: OpenQuestion;
  draft: AnswerDraft;
  disabled: boolean;
  onChange: (draft: AnswerDraft) => void;
}) {
  const name = `question-${number}`;
  const fields = Object.entries(question.competing);
  return (
    <fieldset className="card question" aria-labelledby={`${name}-title`}>
      <legend id={`${name}-title`}>
        Question {number} of {total}
      </legend>
      <p className="muted">
        Answering settles about {question.settles} record{question.settles === 1 ? '' : 's'} seen that
        {question.reason ? ' are unsettled the same way' : ' disagree the same way'}.
      </p>
      {question.reason ? <p className="muted">Asked because {question.reason}.</p> : null}
      <div className="question-input">
        <span>Input</span>
        <pre aria-label={`Input of question ${number}`}>{JSON.stringify(question.input, null, 2)}</pre>
      </div>
      {fields.length > 0 ? (
        <table className="table" aria-label={`Competing outputs of question ${number}`}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Competing values (the current code’s first)</th>
            </tr>
          </thead>
          <tbody>
            {fields.map(([field, values]) => (
              <tr key={field}>
                <th scope="row">
                  <code>{field === '$' ? '(whole output)' : field}</code>
                </th>
                <td>
                  {values.map((value, i) => (
                    <span key={i}>
                      {i > 0 ? <span className="muted"> or </span> : null}
                      <code>{JSON.stringify(value)}</code>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div role="radiogroup" aria-label={`Answer to question ${number}`} className="choices">
        {question.candidates.map((candidate, i) => (
          <label key={i} className="choice">
            <input
              type="radio"
              name={name}
              checked={draft.choice === i}
              disabled={disabled}
              onChange={() => onChange({ ...draft, choice: i })}
            />
            <code>{JSON.stringify(candidate)}</code>
            {i === 0 ? <span className="muted"> (what the code gives now)</span> : null}
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name={name}
            checked={draft.choice === 'typed'}
            disabled={disabled}
            onChange={() => onChange({ ...draft, choice: 'typed' })}
          />
          None of these: type the right output
        </label>
        <label className="choice">
          <input
            type="radio"
            name={name}
            checked={draft.choice === 'skip'}
            disabled={disabled}
            onChange={() => onChange({ ...draft, choice: 'skip' })}
          />
          Skip for now
        </label>
      </div>
      {draft.choice === 'typed' ? (
        <JsonEditor
          label={`Right output of question ${number} (JSON, as the output schema describes it)`}
          value={draft.typed}
          rows={4}
          onChange={(typed) => onChange({ ...draft, typed })}
        />
      ) : null}
    </fieldset>
  );
}
