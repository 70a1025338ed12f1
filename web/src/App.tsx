import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { BrowserTestPage } from './pages/browser-tests/BrowserTestPage.tsx';
import { BrowserTestsPage } from './pages/browser-tests/BrowserTestsPage.tsx';
import { NewBrowserTestPage } from './pages/browser-tests/NewBrowserTestPage.tsx';
import { DebugPage } from './pages/debug/DebugPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { RunPage } from './pages/RunPage.tsx';
import { RunsPage } from './pages/RunsPage.tsx';
import { NewServicePage } from './pages/services/NewServicePage.tsx';
import { ServicePage } from './pages/services/ServicePage.tsx';
import { ServicesPage } from './pages/services/ServicesPage.tsx';
import { UsagePage } from './pages/UsagePage.tsx';

/** Every page of the UI; the server answers any of these paths with index.html. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/services" replace />} />
        <Route path="services" element={<ServicesPage />} />
        <Route path="services/new" element={<NewServicePage />} />
        <Route path="services/:name" element={<ServicePage />} />
        <Route path="browser-tests" element={<BrowserTestsPage />} />
        <Route path="browser-tests/new" element={<NewBrowserTestPage />} />
        <Route path="browser-tests/:name" element={<BrowserTestPage />} />
        <Route path="runs" element={<RunsPage />} />
        <Route path="runs/:id" element={<RunPage />} />
        <Route path="runs/:id/debug" element={<DebugPage />} />
        <Route path="usage" element={<UsagePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
