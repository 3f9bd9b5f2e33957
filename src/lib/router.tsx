import {
  Children,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';

// The few routing pieces the app uses, with React Router's names and behaviour: React Router 7
// weighs ~14 KB gzip on every page, more than the recording page's own code, against a JS budget
// of 120 KB for everything a page loads. History entries keep React Router's shape
// ({ usr, key, idx }), so keys and states survive a reload as they did.

export type NavigationType = 'POP' | 'PUSH' | 'REPLACE';
export type Location = { pathname: string; search: string; hash: string; state: unknown; key: string };
export type NavigateOptions = { replace?: boolean; state?: unknown };
export type NavigateFunction = {
  (to: string, options?: NavigateOptions): void;
  (delta: number): void;
};

type Snapshot = { location: Location; action: NavigationType };
type History = {
  snapshot: () => Snapshot;
  push: (to: string, state: unknown, replace: boolean) => void;
  go: (delta: number) => void;
  listen: (listener: () => void) => () => void;
};

const newKey = () => Math.random().toString(36).slice(2, 10);

/** `to` against the current location: a path, or `?search` / `#hash` on the current path. */
function resolve(to: string, from: Location): { pathname: string; search: string; hash: string } {
  const url = new URL(to, `http://x${from.pathname}${to.startsWith('#') ? from.search : ''}`);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}
const href = (path: { pathname: string; search: string; hash: string }) => path.pathname + path.search + path.hash;

function browserHistory(): History {
  const listeners = new Set<() => void>();
  const read = (action: NavigationType): Snapshot => {
    const { pathname, search, hash } = window.location;
    const entry = window.history.state as { usr?: unknown; key?: string; idx?: number } | null;
    return { action, location: { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' } };
  };
  let current = read('POP');
  if ((window.history.state as { idx?: number } | null)?.idx === undefined)
    window.history.replaceState({ ...(window.history.state as object | null), idx: 0 }, '');
  const notify = () => listeners.forEach((listener) => listener());
  window.addEventListener('popstate', () => {
    current = read('POP');
    notify();
  });
  return {
    snapshot: () => current,
    push(to, state, replace) {
      const idx = ((window.history.state as { idx?: number } | null)?.idx ?? 0) + (replace ? 0 : 1);
      const entry = { usr: state, key: newKey(), idx };
      const url = href(resolve(to, current.location));
      if (replace) window.history.replaceState(entry, '', url);
      else window.history.pushState(entry, '', url);
      current = read(replace ? 'REPLACE' : 'PUSH');
      notify();
    },
    go: (delta) => window.history.go(delta),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function memoryHistory(initialEntries: string[]): History {
  const listeners = new Set<() => void>();
  const at = (to: string, state: unknown, key: string, from?: Location): Location => ({
    ...resolve(to, from ?? { pathname: '/', search: '', hash: '', state: null, key: '' }),
    state,
    key,
  });
  const entries = (initialEntries.length ? initialEntries : ['/']).map((to, index) => at(to, null, index ? newKey() : 'default'));
  let index = entries.length - 1;
  let current: Snapshot = { location: entries[index]!, action: 'POP' };
  const notify = () => listeners.forEach((listener) => listener());
  return {
    snapshot: () => current,
    push(to, state, replace) {
      const location = at(to, state, newKey(), current.location);
      if (replace) entries[index] = location;
      else entries.splice(++index, entries.length, location);
      current = { location, action: replace ? 'REPLACE' : 'PUSH' };
      notify();
    },
    go(delta) {
      const next = Math.min(Math.max(index + delta, 0), entries.length - 1);
      if (next === index) return;
      index = next;
      current = { location: entries[index]!, action: 'POP' };
      notify();
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type RouterValue = Snapshot & { navigate: NavigateFunction };
const RouterContext = createContext<RouterValue | null>(null);

function Router({ history, children }: { history: History; children: ReactNode }) {
  const snapshot = useSyncExternalStore(history.listen, history.snapshot);
  const navigate = useCallback<NavigateFunction>(
    (to: string | number, options: NavigateOptions = {}) => {
      if (typeof to === 'number') history.go(to);
      else history.push(to, options.state ?? null, options.replace ?? false);
    },
    [history],
  );
  const value = useMemo(() => ({ ...snapshot, navigate }), [snapshot, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The app's router, on the browser's history. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [history] = useState(browserHistory);
  return <Router history={history}>{children}</Router>;
}

/** A router on an in-memory history: for tests. */
export function MemoryRouter({ initialEntries = ['/'], children }: { initialEntries?: string[]; children: ReactNode }) {
  const [history] = useState(() => memoryHistory(initialEntries));
  return <Router history={history}>{children}</Router>;
}

function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error('Routing hooks and links need a BrowserRouter or MemoryRouter around them.');
  return router;
}

export const useLocation = (): Location => useRouter().location;
export const useNavigationType = (): NavigationType => useRouter().action;
export const useNavigate = (): NavigateFunction => useRouter().navigate;

export function useSearchParams(): [
  URLSearchParams,
  (next: URLSearchParams | ((previous: URLSearchParams) => URLSearchParams), options?: NavigateOptions) => void,
] {
  const { location, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback(
    (next: URLSearchParams | ((previous: URLSearchParams) => URLSearchParams), options?: NavigateOptions) => {
      const value = typeof next === 'function' ? next(new URLSearchParams(params)) : next;
      navigate(`?${value.toString()}`, options);
    },
    [params, navigate],
  );
  return [params, setParams];
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean; state?: unknown };

/** An `<a>` that navigates in the page on a plain click, and is a plain link for anything else. */
export function Link({ to, replace, state, onClick, target, children, ...props }: LinkProps) {
  const { location, navigate } = useRouter();
  const path = href(resolve(to, location));
  return (
    <a
      {...props}
      href={path}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        const plain = event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
        if (event.defaultPrevented || !plain || (target && target !== '_self')) return;
        event.preventDefault();
        // Following a link to where one already is replaces the entry, as React Router does.
        navigate(path, { replace: replace ?? path === href(location), state });
      }}
    >
      {children}
    </a>
  );
}

// Routes: `<Routes>` of `<Route path element>` (nested under a layout route without a path,
// or `index`), matched by segment, `:name` capturing one, `*` anything; static segments ignore case.
type RouteProps = { path?: string; index?: boolean; element?: ReactNode; children?: ReactNode };
type Match = { element: ReactNode; params: Record<string, string> };

/** Declares a route for `<Routes>`; renders nothing itself. */
export function Route(props: RouteProps): ReactElement | null {
  void props;
  return null;
}

const OutletContext = createContext<ReactNode>(null);
const ParamsContext = createContext<Record<string, string>>({});

/** Where a layout route renders its matched child. */
export function Outlet() {
  return <>{useContext(OutletContext)}</>;
}

export const useParams = (): Record<string, string | undefined> => useContext(ParamsContext);

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The matched chain of elements, outermost first, or null. */
function match(children: ReactNode, segments: string[], splat: boolean): Match[] | null {
  for (const child of Children.toArray(children)) {
    if (!isValidElement<RouteProps>(child) || child.type !== Route) continue;
    const { path, index, element, children: nested } = child.props;
    if (index) {
      if (segments.length === 0 && !splat) return [{ element, params: {} }];
      continue;
    }
    const pattern = (path ?? '').split('/').filter(Boolean);
    const params: Record<string, string> = {};
    let used = 0;
    let ok = true;
    for (const part of pattern) {
      if (part === '*') {
        if (!splat) ok = false;
        else params['*'] = segments.slice(used).map(decode).join('/');
        used = segments.length;
        break;
      }
      const segment = segments[used];
      if (segment === undefined) ok = false;
      else if (part.startsWith(':')) params[part.slice(1)] = decode(segment);
      else if (part.toLowerCase() !== decode(segment).toLowerCase()) ok = false;
      if (!ok) break;
      used++;
    }
    if (!ok) continue;
    const rest = segments.slice(used);
    if (nested) {
      const inner = match(nested, rest, splat);
      if (inner) return [{ element, params }, ...inner.map((entry) => ({ ...entry, params: { ...params, ...entry.params } }))];
    }
    if (rest.length === 0 && (path !== undefined || !nested)) return [{ element, params }];
  }
  return null;
}

/** Renders the first `<Route>` matching the location (a `*` route only when nothing else does). */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const segments = pathname.split('/').filter(Boolean);
  const chain = match(children, segments, false) ?? match(children, segments, true) ?? [];
  return chain.reduceRight<ReactNode>(
    (outlet, { element, params }) => (
      <ParamsContext.Provider value={params}>
        <OutletContext.Provider value={outlet}>{element}</OutletContext.Provider>
      </ParamsContext.Provider>
    ),
    null,
  );
}
