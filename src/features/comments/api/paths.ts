// The comment endpoints, built in one place: startEarlyRequests starts the two reads before the
// app has loaded, and the app adopts them only if it asks for exactly the same URL.
const base = (id: string) => `/v1/core/recordings/${encodeURIComponent(id)}`;

export const commentsPath = (id: string) => `${base(id)}/comments`;
export const threadsPath = (id: string) => `${base(id)}/threads`;
export const commentPath = (id: string, commentId: string) => `${commentsPath(id)}/${encodeURIComponent(commentId)}`;
