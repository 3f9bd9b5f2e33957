import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { parseOneComment, type Comment } from './comment-schema';
import { commentPath, commentsPath } from './paths';

export type Recipient = { type: 'user'; key: string; firstName?: string; lastName?: string };

export type NewComment = {
  text: string;
  highlightRange: { start: number; end: number };
  recipients: Recipient[];
  isPrivate: boolean;
  selectedThreadId?: string;
};

function readAnswer(body: unknown): Comment {
  const comment = parseOneComment(body);
  if (!comment) throw new ApiError('invalid-response', 'Siro answered, but not with the comment.');
  return comment;
}

export async function postComment(recordingId: string, comment: NewComment): Promise<Comment> {
  return readAnswer(await apiRequest(commentsPath(recordingId), { token: tokenStore.token(), method: 'POST', body: comment }));
}

export async function editComment(recordingId: string, commentId: string, text: string): Promise<Comment> {
  return readAnswer(await apiRequest(commentPath(recordingId, commentId), { token: tokenStore.token(), method: 'PATCH', body: { text } }));
}

export async function deleteComment(recordingId: string, commentId: string): Promise<void> {
  await apiRequest(commentPath(recordingId, commentId), { token: tokenStore.token(), method: 'DELETE' });
}
