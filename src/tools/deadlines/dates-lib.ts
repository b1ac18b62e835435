// date-fns, loaded on first use. Resolving each of its modules reads its 200 KB package manifest,
// a cost every start of the bot would pay for a tool most questions never reach; loaded here,
// only the first dated question pays it. The functions keep date-fns's own signatures.
import { createRequire } from 'node:module';
import type * as DateFns from 'date-fns';

type Name = 'addDays' | 'addMonths' | 'addWeeks' | 'addYears' | 'differenceInCalendarDays' | 'format' | 'getDate' | 'isValid' | 'isWeekend' | 'parseISO';
const require = createRequire(import.meta.url);
const loaded: Partial<{ [K in Name]: (typeof DateFns)[K] }> = {};

function fn<K extends Name>(name: K): (typeof DateFns)[K] {
  return (loaded[name] ??= (require(`date-fns/${name}`) as Record<K, (typeof DateFns)[K]>)[name]);
}

export const addDays = (date: Date, amount: number): Date => fn('addDays')(date, amount);
export const addMonths = (date: Date, amount: number): Date => fn('addMonths')(date, amount);
export const addWeeks = (date: Date, amount: number): Date => fn('addWeeks')(date, amount);
export const addYears = (date: Date, amount: number): Date => fn('addYears')(date, amount);
export const differenceInCalendarDays = (later: Date, earlier: Date): number => fn('differenceInCalendarDays')(later, earlier);
export const format = (date: Date, pattern: string): string => fn('format')(date, pattern);
export const getDate = (date: Date): number => fn('getDate')(date);
export const isValid = (date: unknown): boolean => fn('isValid')(date);
export const isWeekend = (date: Date): boolean => fn('isWeekend')(date);
export const parseISO = (text: string): Date => fn('parseISO')(text);
