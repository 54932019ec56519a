// Calendar checks for identifiers that embed a date (NIK, KK, MyKad).

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A two-digit year does not say its century, so a date is possible when it exists in 19YY or 20YY
 * (29 February 00 exists: 2000 was a leap year).
 */
export function isDateIn19xxOr20xx(yy: number, month: number, day: number): boolean {
  return isCalendarDate(1900 + yy, month, day) || isCalendarDate(2000 + yy, month, day);
}
