export const paths = {
  home: '/',
  recordings: '/recordings',
  recording: (id: string) => `/recordings/${encodeURIComponent(id)}`,
} as const;
