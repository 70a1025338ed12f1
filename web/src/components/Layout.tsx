import { NavLink, Outlet } from 'react-router';
import { TokenGate } from './TokenGate.tsx';

/** The frame of every page: the product's sections on the left, the page on the right. */
export function Layout() {
  return (
    <div className="app">
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">codify</div>
        <NavLink to="/services">Services</NavLink>
        <NavLink to="/browser-tests">Browser tests</NavLink>
        <NavLink to="/runs">History</NavLink>
        <NavLink to="/usage">Usage</NavLink>
        <a href="/docs" target="_blank" rel="noreferrer">
          API docs
        </a>
      </nav>
      <main className="content">
        <TokenGate>
          <Outlet />
        </TokenGate>
      </main>
    </div>
  );
}
