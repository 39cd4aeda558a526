// An SLA policy: targets in business minutes (first response, next response, resolution), the
// business hours they count in, holidays, and how long before a target the team is warned.
import { z } from 'zod';
import { weekdays } from './business-time.ts';

const minutes = z.number().int().min(1).max(366 * 24 * 60);
const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time HH:MM (24:00 closes at midnight)');
const dayHours = z.array(z.tuple([clockTime, clockTime])).max(10);

export const businessHoursSchema = z
  .object({
    timeZone: z.string().min(1).max(100),
    week: z.object(Object.fromEntries(weekdays.map((d) => [d, dayHours.optional()])) as Record<(typeof weekdays)[number], z.ZodOptional<typeof dayHours>>).strict(),
  })
  .strict();

export const slaPolicyFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  firstResponseMinutes: minutes.nullable(),
  nextResponseMinutes: minutes.nullable(),
  resolutionMinutes: minutes.nullable(),
  businessHours: businessHoursSchema.nullable(),
  holidays: z.array(z.iso.date()).max(400),
  warnBeforeMinutes: z.number().int().min(0).max(7 * 24 * 60),
  isDefault: z.boolean(),
});

export type SlaPolicyFields = z.infer<typeof slaPolicyFieldsSchema>;
export type SlaPolicyInput = Pick<SlaPolicyFields, 'name'> & Partial<Omit<SlaPolicyFields, 'name'>>;
export type SlaPolicyPatch = Partial<SlaPolicyFields>;
