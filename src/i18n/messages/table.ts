/** A table whose keys are known to the compiler: French is the reference, English has the same keys. */
export interface Messages<K extends string> {
  readonly fr: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/**
 * Declares a table: its keys are the French table's, and the English table must have exactly
 * those keys (a missing or an extra English key is a compile error, not a test failure).
 */
export function messageTable<F extends Readonly<Record<string, string>>>(table: {
  readonly fr: F;
  readonly en: NoInfer<{ readonly [K in keyof F]: string }>;
}): Messages<keyof F & string> {
  return table;
}
