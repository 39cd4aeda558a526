// Internal comments on a post (never published), oldest first, with the author's name.
import { and, asc, eq } from 'drizzle-orm';
import { postComments, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type NewPostComment = typeof postComments.$inferInsert;
export type PostCommentView = { id: string; postId: string; authorId: string | null; authorName: string | null; body: string; createdAt: Date };

export async function insertPostComment(db: Tx, row: NewPostComment): Promise<void> {
  await db.insert(postComments).values(row);
}

export function listPostComments(db: Tx, workspaceId: string, postId: string): Promise<PostCommentView[]> {
  return db
    .select({ id: postComments.id, postId: postComments.postId, authorId: postComments.authorId, authorName: users.name, body: postComments.body, createdAt: postComments.createdAt })
    .from(postComments)
    .leftJoin(users, eq(users.id, postComments.authorId))
    .where(and(eq(postComments.workspaceId, workspaceId), eq(postComments.postId, postId)))
    .orderBy(asc(postComments.createdAt), asc(postComments.id));
}
