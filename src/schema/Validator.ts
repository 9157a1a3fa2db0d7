import { describeValue, rangeProblem, storedTextLimit, textProblem, type Range } from '../model/rules';
import { cleanText } from '../model/cleanText';

/** At most this many messages per reader: enough to fix a file, never a flood. */
const maxErrors = 50;

/**
 * How strictly a reader reads. A file or stored board is read `lenient`: unknown fields are
 * dropped and text over an edit's limit is kept and flagged (a limit never shortens what was
 * saved). A write (an update the sync server takes) is read `strict`: what the app would never
 * write is refused, so it is never stored — unknown fields, and text over an edit's limit.
 */
export type Strictness = 'lenient' | 'strict';

/**
 * A tiny path-aware reader for untrusted data: each read records a clear message with the
 * field's path ("items[3].position.x: …") instead of throwing on the first problem. The
 * limits are the rule book's (`model/rules`).
 */
export class Validator {
  constructor(readonly strictness: Strictness = 'lenient') {}

  readonly errors: string[] = [];
  /** What was read but is worth telling: text over a limit kept intact, characters removed. */
  readonly flags: string[] = [];
  /** Control characters removed from text fields. */
  removed = 0;

  fail(path: string, message: string): void {
    if (this.errors.length < maxErrors) this.errors.push(`${path}: ${message}`);
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.fail(path, `expected an object, got ${describeValue(value)}`);
    return undefined;
  }

  /** Strict: a field outside `known` is refused. Lenient: it is dropped by the reader, unread. */
  onlyKnown(value: Record<string, unknown> | undefined, path: string, known: readonly string[]): void {
    if (this.strictness !== 'strict' || !value) return;
    for (const key of Object.keys(value)) if (!known.includes(key)) this.fail(`${path}.${key.slice(0, 40)}`, 'a field no P/A Map writes');
  }

  array(value: unknown, path: string, maxLength: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.fail(path, `expected a list, got ${describeValue(value)}`);
      return undefined;
    }
    if (value.length > maxLength) {
      this.fail(path, `has ${value.length} entries, at most ${maxLength} allowed`);
      return undefined;
    }
    return value;
  }

  /**
   * Text, cleaned of control characters (a `label` is one line, trimmed). Over `limit` it is
   * kept and flagged (strict: refused): a limit never shortens what was saved; over
   * `storedTextLimit` it is refused.
   */
  string(value: unknown, path: string, limit: number, { field = 'label', required = false }: { field?: 'label' | 'text'; required?: boolean } = {}): string {
    if (typeof value !== 'string') {
      this.fail(path, `expected text, got ${describeValue(value)}`);
      return '';
    }
    const clean = cleanText(value, field);
    const text = field === 'label' ? clean.text.trim() : clean.text;
    if (clean.removed > 0) {
      this.removed += clean.removed;
      this.flags.push(`${path}: ${clean.removed} control ${clean.removed === 1 ? 'character' : 'characters'} removed`);
    }
    const problem = textProblem(text, storedTextLimit, required);
    if (problem) this.fail(path, problem);
    else if (text.length > limit && this.strictness === 'strict') this.fail(path, `is longer than the ${limit} characters an edit takes (${text.length})`);
    else if (text.length > limit) this.flags.push(`${path}: ${text.length} characters, over the ${limit} an edit takes; kept as it is`);
    return text;
  }

  number(value: unknown, path: string, range: Omit<Range, 'name'>): number {
    const problem = rangeProblem(value, { ...range, name: '' });
    if (problem) this.fail(path, problem);
    // −0 reads as 0: a file has none, so a board reads back as it was kept.
    return typeof value === 'number' && Number.isFinite(value) ? (value === 0 ? 0 : value) : range.min;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, `expected true or false, got ${describeValue(value)}`);
    return value === true;
  }

  oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.fail(path, `expected one of ${options.map((o) => `"${o}"`).join(', ')}, got ${describeValue(value)}`);
    return options[0]!;
  }
}
