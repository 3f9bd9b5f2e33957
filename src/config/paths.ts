export const paths = {
  home: '/',
  recording: (id: string) => `/recordings/${encodeURIComponent(id)}`,
} as const;
