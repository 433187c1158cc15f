import type { en } from './en';

/**
 * Every language's catalog has the same messages as the English one (its type says so; a test checks
 * that the placeholders agree too). The translations await review by native speakers (README).
 */
export type MessageId = keyof typeof en;
export type Catalog = Readonly<Record<MessageId, string>>;
