// Few, predictable chunks for a phone on a 150 ms round trip. The requests start in the script
// inlined into index.html (startEarlyRequests, bundled on its own). Then boot: what it needs to
// draw the first screen early (its components, their formatting and schema, React's JSX runtime,
// never react-dom) and to load the app. Then the app: everything the first
// render needs. A module boot imports must be listed here: left in the app chunk, boot would
// wait for the whole app. Later content (sign-in, transcript, player, exports) is split off by
// its lazy import.
const bootModules = new RegExp(
  [
    String.raw`src/boot/(entry|first-screen|jsx-runtime|render-to-dom)`,
    String.raw`src/config/api`,
    String.raw`src/lib/(early-requests|format|format-timestamp|lookup|lenient|clip-text|redact|token-storage)`,
    String.raw`src/components/ui/(badge|panel-frame)`,
    String.raw`src/features/recordings/(api/recording-schema|labels|panels|recording-facts|recording-status)`,
    String.raw`src/features/recordings/components/(recording-header|summary-panel|view-bar)`,
    String.raw`src/features/conversation/(api/summary-sections-schema|components/summary-sections-view)`,
  ]
    .map((path) => path.replaceAll('/', String.raw`[\\/]`) + String.raw`\.tsx?$`)
    .concat(String.raw`node_modules[\\/]valibot[\\/]`)
    .join('|'),
);
// Loaded on demand (lazy imports): the sign-in screen; the transcript, the player, Ask Siro, the
// comments and the coaching panels as they come into view; the other pages, exports. Kept out of the app chunk, in their own chunks.
const onDemand = new RegExp(
  [
    String.raw`src/app/routes/(home|not-found|inbox|follow-ups)\.`,
    String.raw`src/features/followups/(filters|components/followup-queue|components/followup-row)\.`,
    String.raw`src/features/inbox/`,
    String.raw`src/features/recordings/components/open-recording-form\.`,
    String.raw`src/components/ui/(filter-bar|infinite-list)\.`,
    String.raw`src/hooks/use-(url-filters|list-shortcuts|scroll-memory)\.`,
    String.raw`src/lib/(url-filters|relative-time)\.`,
    String.raw`src/features/recordings/components/(scorecard-panel|moments-panel|talk-metrics-panel)\.`,
    String.raw`src/features/comments/components/comments-panel\.`,
    String.raw`src/features/auth/components/`,
    String.raw`src/features/recordings/export\.`,
    String.raw`src/features/conversation/(components/|search\.|speakers\.|transcript-lines\.)`,
    String.raw`src/features/conversation/hooks/use-(audio-source|follow-along|player-shortcuts|transcript-search|transcript)\.`,
    String.raw`src/features/ask/`,
  ]
    .map((path) => path.replaceAll('/', String.raw`[\\/]`))
    .join('|'),
);
export const chunkGroups = [
  { name: 'boot', test: bootModules, priority: 2 },
  {
    name: 'app',
    test: (id: string) => /node_modules/.test(id) || (/[\\/]src[\\/]/.test(id) && !onDemand.test(id)),
    priority: 1,
  },
];
