/**
 * A tiny path-aware reader for untrusted data: each read records a clear message with the
 * field's path ("items[3].position.x: …") instead of throwing on the first problem.
 */
export class Validator {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    if (this.errors.length < 50) this.errors.push(`${path}: ${message}`);
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.fail(path, `expected an object, got ${kindOf(value)}`);
    return undefined;
  }

  array(value: unknown, path: string, maxLength: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.fail(path, `expected a list, got ${kindOf(value)}`);
      return undefined;
    }
    if (value.length > maxLength) {
      this.fail(path, `has ${value.length} entries, at most ${maxLength} allowed`);
      return undefined;
    }
    return value;
  }

  string(value: unknown, path: string, maxLength: number, allowEmpty = true): string {
    if (typeof value !== 'string') {
      this.fail(path, `expected text, got ${kindOf(value)}`);
      return '';
    }
    if (value.length > maxLength) this.fail(path, `is longer than ${maxLength} characters`);
    else if (!allowEmpty && value.trim() === '') this.fail(path, 'cannot be empty');
    return value;
  }

  number(value: unknown, path: string, min: number, max: number, { minExclusive = false } = {}): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, `expected a finite number, got ${kindOf(value)}`);
      return min;
    }
    if (value < min || value > max || (minExclusive && value === min)) {
      this.fail(path, `expected a number ${minExclusive ? '>' : '≥'} ${min} and ≤ ${max}, got ${value}`);
    }
    return value;
  }

  integer(value: unknown, path: string, min: number, max: number): number {
    const n = this.number(value, path, min, max);
    if (!Number.isInteger(n)) this.fail(path, `expected a whole number, got ${n}`);
    return n;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, `expected true or false, got ${kindOf(value)}`);
    return value === true;
  }

  oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.fail(path, `expected one of ${options.map((o) => `"${o}"`).join(', ')}, got ${kindOf(value)}`);
    return options[0]!;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `text "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
