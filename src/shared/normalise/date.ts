import { isIsoDate, toIsoDate, fromDayNumber, type IsoDate } from '../domain/dates';
import { toHalfWidth } from './text';

/** Excel's day 0 is 1899-12-30 in the 1900 date system once its fictitious 1900-02-29 is skipped. */
const EXCEL_EPOCH_DAY = -25_569;

/** Serial numbers this app accepts as dates: 1990-01-01 … 2099-12-31. */
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_415;

/**
 * Reads the ways Chinese offices write a date — 2022年7月1日, 2022.7.1, 2022/7/1, 2022-07-01,
 * 20220701, full-width digits, and Excel serial numbers — and returns 'YYYY-MM-DD', or null when
 * the text is not a real calendar date.
 */
export function normaliseDate(input: string | number): IsoDate | null {
  if (typeof input === 'number') return fromExcelSerial(input);
  // A time of day after the date (2022-07-01 00:00:00, as database exports write it) is dropped,
  // once it is a time that exists: 2024-02-29T25:61:61 is no date to keep.
  let text = toHalfWidth(input).trim();
  const time = /(\d|日)(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?$/.exec(text);
  if (time) {
    if (Number(time[2]) > 23 || Number(time[3]) > 59 || Number(time[4] ?? 0) > 59) return null;
    text = text.slice(0, time.index + 1);
  }
  text = text.replace(/\s+/g, '');
  if (text === '') return null;
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  const m =
    /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const iso = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isIsoDate(iso) ? iso : null;
}

/**
 * The day any Excel serial number means (1900-03-01 … 9999-12-31), plausible or not: for saying
 * which date a refused cell holds instead of quoting the number Excel stores.
 */
export function excelSerialDay(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return null;
  return fromDayNumber(Math.floor(serial) + EXCEL_EPOCH_DAY);
}

export function fromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return fromDayNumber(Math.floor(serial) + EXCEL_EPOCH_DAY);
}
