// User accounts. E-mails are matched case-insensitively, as the unique index on lower(email) does.
import { eq, sql } from 'drizzle-orm';
import { users } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

const sameEmail = (email: string) => sql`lower(${users.email}) = lower(${email})`;

export async function countUsers(db: Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row!.n;
}

export async function findUserByEmail(db: Tx, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(sameEmail(email));
  return user;
}

export async function findUserById(db: Tx, userId: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return user;
}

export async function emailIsTaken(db: Tx, email: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(sameEmail(email));
  return rows.length > 0;
}

export async function insertUser(db: Tx, row: NewUser): Promise<{ id: string; email: string; name: string }> {
  const [user] = await db.insert(users).values(row).returning({ id: users.id, email: users.email, name: users.name });
  return user!;
}

export async function updateUserPassword(db: Tx, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}
