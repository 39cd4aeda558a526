// Money is stored in minor units (cents); people type and read major units ("1,250.50 €").
export const toMinor = (major: number | string | null | undefined): number | null =>
  major === '' || major === null || major === undefined || Number.isNaN(Number(major)) ? null : Math.round(Number(major) * 100);

export const toMajor = (minor: number | null): number | '' => (minor === null ? '' : minor / 100);

export function formatMoney(minor: number | null, currency: string): string {
  if (minor === null) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}
