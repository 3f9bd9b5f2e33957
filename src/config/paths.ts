export const paths = {
  home: '/',
  recordings: '/recordings',
  followups: '/follow-ups',
  recording: (id: string) => `/recordings/${encodeURIComponent(id)}`,
} as const;
