/**
 * The records the comparison runs over: the transform bench's customer records (a name and a US
 * phone in one of several messy formats), each given a sign-up date in one of several formats and,
 * for one record in four, the name written "Last, First". Deterministic, so every run sees the same
 * records.
 */
import { generateRecords } from '../transform/generate.ts';

export interface MessyRecord {
  customer: string;
  phone: string;
  signed_up: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number): string => String(n).padStart(2, '0');

/** A sign-up date in one of four formats, picked by the record's index. */
function messyDate(index: number): string {
  const year = 2015 + (index % 11);
  const month = 1 + ((index * 7) % 12);
  const day = 1 + ((index * 13) % 28);
  const monthName = MONTHS[month - 1] ?? 'January';
  switch (index % 4) {
    case 0:
      return `${pad(month)}/${pad(day)}/${year}`;
    case 1:
      return `${monthName} ${day}, ${year}`;
    case 2:
      return `${year}-${pad(month)}-${pad(day)}T${pad(index % 24)}:30:00Z`;
    default:
      return `${day} ${monthName.slice(0, 3)} ${year}`;
  }
}

/** `count` messy customer records (phones and names from the transform bench, plus dates). */
export function* messyRecords(count: number, seed = 42): Generator<MessyRecord> {
  let index = 0;
  for (const { customer, phone } of generateRecords(count, seed)) {
    const [first = '', last = ''] = customer.split(' ');
    yield { customer: index % 4 === 3 ? `${last}, ${first}` : customer, phone, signed_up: messyDate(index) };
    index += 1;
  }
}
