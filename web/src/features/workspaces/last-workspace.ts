// Remembers the workspace last opened in this browser, so "/" and the account page return to it.
const key = 'tandem-last-workspace';

export const rememberWorkspace = (id: string) => localStorage.setItem(key, id);
export const lastWorkspaceId = (): string | null => localStorage.getItem(key);
