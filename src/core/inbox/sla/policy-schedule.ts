// A policy's clock: its business hours and holidays (no policy, or no hours: around the clock),
// and due times computed on it.
import type { SlaPolicyRow } from '../../../db/queries/sla-policies.ts';
import { addBusinessMinutes, type BusinessHours, type BusinessSchedule } from './business-time.ts';

export const scheduleOf = (policy: SlaPolicyRow | undefined): BusinessSchedule => ({ hours: (policy?.businessHours as BusinessHours | null | undefined) ?? null, holidays: policy?.holidays ?? [] });

/** `minutes` business minutes after `start`, or null without a target (or hours that never open). */
export const dueAfter = (start: Date, minutes: number | null, schedule: BusinessSchedule): Date | null => (minutes === null ? null : addBusinessMinutes(start, minutes, schedule));
