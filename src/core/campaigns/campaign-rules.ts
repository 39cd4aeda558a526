// What a campaign must satisfy whatever the route: a currency ISO 4217 knows, a start no later
// than the end, and a name no other campaign of the workspace has (case-insensitive).
import { findCampaignNamed } from '../../db/queries/campaigns.ts';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../shared/errors.ts';

// ICU's list of ISO 4217 codes, as shipped with Node: kept current by the runtime, not by us.
const currencies = new Set(Intl.supportedValuesOf('currency'));

export const isCurrency = (code: string): boolean => currencies.has(code);

export type CampaignDates = { startsOn: string | null; endsOn: string | null };

export function checkCampaignFields(fields: CampaignDates & { currency: string }): void {
  if (!isCurrency(fields.currency)) {
    throw new AppError('validation_failed', `currency must be an ISO 4217 code such as EUR or USD (got ${JSON.stringify(fields.currency)})`, { field: 'currency' });
  }
  // Dates are YYYY-MM-DD, so comparing the strings compares the days.
  if (fields.startsOn && fields.endsOn && fields.startsOn > fields.endsOn) {
    throw new AppError('validation_failed', `The campaign ends (${fields.endsOn}) before it starts (${fields.startsOn})`, { field: 'endsOn' });
  }
}

export async function checkNameFree(db: Tx, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  const taken = await findCampaignNamed(db, workspaceId, name, exceptId);
  if (taken) throw new AppError('conflict', `A campaign named "${taken.name}" already exists`, { campaignId: taken.id });
}
