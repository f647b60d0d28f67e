/**
 * CPR numbers (the Danish personal identity number, DDMMYY-XXXX) must never be written into a
 * referral: the portal has no need for them and they would make every row far more sensitive.
 * Every entry point (staff form, citizen form, API, comments) refuses text that looks like one.
 */

// Six digits, an optional dash or space, four digits; not part of a longer number.
const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})([-\s]?)(\d{4})(?!\d)/g;

/** Whether day and month make a real calendar date in some year of the century the CPR may mean. */
function isRealDate(day: number, month: number, year2: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // 29 February: a leap year exists in both 19xx and 20xx for any yy where yy % 4 === 0 (2000 is one).
  const leap = year2 % 4 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * True when the text holds something that looks like a CPR number: `DDMMYY-XXXX`, `DDMMYY XXXX`
 * or ten digits in a row, where the first six form a real date. Phone numbers (8 digits, or
 * +45 and 8 digits) do not match: "45" is not a day.
 */
export function findCprLike(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const [, dd, mm, yy] = match;
    if (isRealDate(Number(dd), Number(mm), Number(yy))) return true;
  }
  return false;
}
