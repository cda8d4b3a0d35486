/** 张三丰 → 张*丰, 张三 → 张*: first and last character stay, the middle is hidden. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 13812345678 → 138****5678; short numbers keep two characters at each end. */
export function maskPhone(phone: string): string {
  const chars = Array.from(phone);
  if (chars.length >= 11) return `${chars.slice(0, 3).join('')}${'*'.repeat(chars.length - 7)}${chars.slice(-4).join('')}`;
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}

/** 110101199001011234 → 110***********1234. */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id);
  if (chars.length <= 7) return '*'.repeat(chars.length);
  return `${chars.slice(0, 3).join('')}${'*'.repeat(chars.length - 7)}${chars.slice(-4).join('')}`;
}
