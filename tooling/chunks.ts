import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

type ChunkingContext = Parameters<Extract<Rolldown.CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

// Few chunks, each what an entry imports statically. boot: the page's entry (never react-dom),
// with what more than one page's early paint uses (React's JSX runtime, renderToDom) or the app
// does too. paint-recording, paint-inbox, paint-followups: the rest of each page's early paint,
// which the inline script preloads on that page's URL only; paint-lists: what the inbox's and the
// queue's share; paint-shared and paint-shared-followups: what they share with the app, or the
// queue's with the recording page. app: src/main.tsx (React, the router, the layout) plus what the
// recording page shares with the inbox; recording-shared: what it shares with the other lazy pages
// (the queue's follow-up actions). recording: the rest of the recording page, which boot fetches
// beside the app on a recording URL, so the inbox and the queue never download it. Whatever else
// is reached only through a lazy import (other pages, sign-in, transcript, player, comments,
// below-the-fold panels, exports) gets its own chunk.
const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const BOOT = src('boot/entry.ts');
/** Each page's early paint (src/boot/entry.ts imports them), by the kind of page startEarlyRequests names. */
export const EARLY_PAINTS = {
  recording: src('boot/first-screen.tsx'),
  inbox: src('boot/first-screen-inbox.tsx'),
  followups: src('boot/first-screen-followups.tsx'),
};
const APP = src('main.tsx');
const RECORDING = src('recording-entry.ts');
const RECORDING_PANELS = src('app/routes/recording-panels.tsx');
const ROUTER = src('app/router.tsx');
const INBOX = src('app/routes/inbox.tsx');

const graphs = new WeakMap<object, Set<string>>();
/** Every module `root` imports, directly or not, without crossing a dynamic import. */
function staticGraph(ctx: ChunkingContext, root: string): Set<string> {
  const info = ctx.getModuleInfo(root);
  if (!info) throw new Error(`chunks: ${root} is not in the build`);
  let graph = graphs.get(info);
  if (!graph) {
    graph = new Set([root]);
    for (const id of graph) for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) graph.add(imported);
    graphs.set(info, graph);
  }
  return graph;
}

let shared: Set<string> | undefined;
/** What the router's lazy pages import statically. */
function otherPages(ctx: ChunkingContext): Set<string> {
  shared ??= new Set(ctx.getModuleInfo(ROUTER)?.dynamicallyImportedIds.flatMap((page) => [...staticGraph(ctx, page)]));
  return shared;
}

// What the inbox shares with the recording page's panels below the first screen (the list filter)
// stays in the app's chunk: a chunk of its own would cost the inbox a request and its overhead.
const inApp = (id: string, ctx: ChunkingContext) =>
  staticGraph(ctx, APP).has(id) ||
  ((staticGraph(ctx, RECORDING).has(id) || staticGraph(ctx, RECORDING_PANELS).has(id)) && staticGraph(ctx, INBOX).has(id));
/** What the recording page shares with the queue (the follow-up actions) or the rarer pages, not the inbox. */
const sharedWithRecording = (id: string, ctx: ChunkingContext) => staticGraph(ctx, RECORDING).has(id) && otherPages(ctx).has(id);

function bootOrPaint(id: string, ctx: ChunkingContext): string | null {
  if (staticGraph(ctx, BOOT).has(id)) return 'boot';
  const paints = Object.entries(EARLY_PAINTS)
    .filter(([, root]) => staticGraph(ctx, root).has(id))
    .map(([page]) => page);
  if (paints.length === 0) return null;
  if (paints.includes('recording')) {
    if (paints.length === 1 && !inApp(id, ctx)) return 'paint-recording';
    // What the app's chunk holds would make it load that paint on every page: such code is in boot.
    return 'boot';
  }
  // What a list's paint shares with the app (valibot, the URL filters) or only with the recording
  // page (the follow-ups' schema) is a chunk of its own: the recording page loads it with the app,
  // after its content, and the inbox never loads the queue's.
  if (inApp(id, ctx)) return 'paint-shared';
  if (staticGraph(ctx, RECORDING).has(id)) return 'paint-shared-followups';
  return paints.length === 1 ? `paint-${paints[0]}` : 'paint-lists';
}

export const chunkGroups: Rolldown.CodeSplittingGroup[] = [
  { debugName: 'boot', name: bootOrPaint, priority: 3, includeDependenciesRecursively: false },
  { debugName: 'app', name: (id, ctx) => (inApp(id, ctx) ? 'app' : null), priority: 2 },
  { debugName: 'recording-shared', name: (id, ctx) => (sharedWithRecording(id, ctx) ? 'recording-shared' : null), priority: 1 },
  { debugName: 'recording', name: (id, ctx) => (staticGraph(ctx, RECORDING).has(id) ? 'recording' : null), priority: 0 },
];
