/** The contract's names as lists, for code that checks a name before any schema is involved. */
import { events, methods, type EventName, type MethodName } from './contract';

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];
