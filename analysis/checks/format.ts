/** Number formatting shared by check messages, so every message reads the same way. */
export const seconds = (value: number, digits = 1): string => `${value.toFixed(digits)} s`;

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function bytes(value: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let n = value;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit++;
  }
  return `${n >= 10 || unit === 0 ? Math.round(n) : n.toFixed(1)} ${units[unit]}`;
}

export const kbps = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(1)} Mbps` : `${Math.round(value)} kbps`);

export const list = (items: readonly string[]): string => items.join(', ');

export const worst = <T extends 'pass' | 'warn' | 'fail'>(...statuses: T[]): T | 'pass' =>
  statuses.includes('fail' as T) ? ('fail' as T) : statuses.includes('warn' as T) ? ('warn' as T) : 'pass';
