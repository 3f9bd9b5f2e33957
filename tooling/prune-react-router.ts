import type { Plugin } from 'vite';

/**
 * React Router's module creates its contexts and its Link, NavLink, Form… components at the top
 * level, then names them (`X.displayName = "…"`): to the bundler these are side effects, so every
 * one of them is kept, used or not, with all they reference (~9 KB of the app chunk). Marked pure
 * and unnamed, the ones the app never uses are dropped. The names only ever showed in React's
 * developer tools.
 */
export function pruneReactRouter(): Plugin {
  return {
    name: 'siro:prune-react-router',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]react-router[\\/]dist[\\/].*\.mjs$/ },
      handler(code) {
        const pruned = code
          .replace(/^\w+\.displayName = "\w*";$/gm, '')
          .replace(/^var (\w+) = (React\d*)\.(createContext|forwardRef)\(/gm, 'var $1 = /* @__PURE__ */ $2.$3(');
        return pruned === code ? null : { code: pruned, map: null };
      },
    },
  };
}
