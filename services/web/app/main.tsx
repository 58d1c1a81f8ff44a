import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type Problem, session, setUnauthorizedHandler } from './api';
import { EventPage } from './pages/event';
import { LivePage } from './pages/live';
import { QueuesPage } from './pages/queues';
import { ReviewPage } from './pages/review';
import { SearchPage } from './pages/search';
import { SignIn } from './pages/sign-in';
import { SourcesPage } from './pages/sources';
import './style.css';
import type { Me, Role } from './types';
import { can, ErrorBox } from './ui';

interface Page {
  path: string;
  label: string;
  roles: Role[];
}

/** The navigation: each role sees the pages its key may use. */
const PAGES: Page[] = [
  { path: 'review', label: 'Review', roles: ['analyst'] },
  { path: 'search', label: 'Search', roles: ['analyst', 'subscriber'] },
  { path: 'live', label: 'Live', roles: ['analyst', 'subscriber', 'operator'] },
  { path: 'sources', label: 'Sources', roles: ['operator'] },
  { path: 'queues', label: 'Queues', roles: ['operator'] },
];

/** Hash routes (`#/events/<id>?edit`): the API serves index.html for `/`, and links work without it. */
function useRoute(): { path: string[]; params: URLSearchParams } {
  const read = () => {
    const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
    return {
      path: path.split('/').filter(Boolean).map(decodeURIComponent),
      params: new URLSearchParams(search),
    };
  };
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(!!session.key);
  const [signedOut, setSignedOut] = useState<Problem | null>(null);
  const route = useRoute();

  useEffect(() => {
    setUnauthorizedHandler((problem) => {
      session.clear();
      setMe(null);
      setSignedOut(problem);
    });
    // A reload keeps the session: the key is still in sessionStorage.
    const key = session.key;
    if (key) {
      api<Me>('/v1/me')
        .then(
          (who) => {
            // The dashboard cookie went with the page that was reloaded.
            session.set(key, can(who.role, 'operator'));
            setMe(who);
          },
          () => session.clear(),
        )
        .finally(() => setChecking(false));
    }
  }, []);

  if (checking) return <p class="loading">Checking the key…</p>;
  if (!me) {
    return (
      <SignIn
        notice={signedOut}
        onSignedIn={(key, who) => {
          session.set(key, can(who.role, 'operator'));
          setSignedOut(null);
          setMe(who);
        }}
      />
    );
  }

  const allowed = PAGES.filter((page) => can(me.role, ...page.roles));
  // No path opens the role's first page.
  const current = route.path[0] ?? allowed[0]?.path ?? '';

  const permitted =
    current === 'events'
      ? can(me.role, 'analyst', 'subscriber')
      : allowed.some((page) => page.path === current);
  let body: preact.ComponentChildren;
  if (!permitted) {
    body = <ErrorBox error={new Error(`there is no page "${current}" for the ${me.role} role`)} />;
  } else if (current === 'events') {
    body = <EventPage id={route.path[1] ?? ''} me={me} edit={route.params.has('edit')} />;
  } else if (current === 'review') body = <ReviewPage />;
  else if (current === 'search') body = <SearchPage me={me} />;
  else if (current === 'live') body = <LivePage me={me} />;
  else if (current === 'sources') body = <SourcesPage />;
  else body = <QueuesPage />;

  return (
    <>
      {/* A button, not a link to #main: the hash is the route. */}
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <span class="brand">Assay</span>
        <nav aria-label="Pages">
          {allowed.map((page) => (
            <a
              key={page.path}
              href={`#/${page.path}`}
              aria-current={current === page.path ? 'page' : undefined}
            >
              {page.label}
            </a>
          ))}
        </nav>
        <span class="who">
          {me.name} · {me.role}
          <button
            type="button"
            class="link"
            onClick={() => {
              session.clear();
              setMe(null);
            }}
          >
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {body}
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
