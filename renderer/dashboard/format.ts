/** Small display helpers shared by the dashboard's views. */
export type Lang = 'ar' | 'en';

export function formatMinutes(minutes: number): string {
  return minutes < 10 ? minutes.toFixed(1) : String(Math.round(minutes));
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
