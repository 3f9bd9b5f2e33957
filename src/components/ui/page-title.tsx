/** The tab's title: what the page shows first, so a manager with many tabs finds this one. */
export function PageTitle({ children }: { children: string }) {
  // React 19 hoists <title> into the head; exactly one is rendered per page state.
  return <title>{`${children} · Siro`}</title>;
}
