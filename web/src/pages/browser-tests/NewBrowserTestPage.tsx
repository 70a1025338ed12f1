import { Link, useNavigate } from 'react-router';
import { TestForm } from '../../components/browser/TestForm.tsx';
import '../../components/browser/browser.css';

/** Create a browser test, then go to its page to run it. */
export function NewBrowserTestPage() {
  const navigate = useNavigate();
  return (
    <section>
      <p className="crumbs">
        <Link to="/browser-tests">Browser tests</Link> /
      </p>
      <h1>New browser test</h1>
      <p className="muted">
        Describe the goal in plain words. The planner drives Chromium toward it; a passing run is saved as a
        spec of steps with assertions that replays with no model and exports to Playwright.
      </p>
      <TestForm
        onSaved={(test) => navigate(`/browser-tests/${test.name}`)}
        onCancel={() => navigate('/browser-tests')}
      />
    </section>
  );
}
