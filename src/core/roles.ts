// Roles and hats: plain constants shared by the schema, the server and the web app (which must
// not pull the database layer into its bundle).
export const roles = ['owner', 'admin', 'social_media_manager', 'community_manager', 'analyst', 'approver'] as const;
export type Role = (typeof roles)[number];
export const hats = ['social', 'community', 'both'] as const;
export type Hat = (typeof hats)[number];
