/** Keys that could reach an object's prototype when copied naively. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export const maxDepth = 32;

/**
 * Rejects hostile structure before any field is read: prototype keys anywhere and
 * nesting deeper than `maxDepth`. Returns the problems with their paths.
 */
export function checkStructure(value: unknown, path = 'file', depth = 0): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (depth > maxDepth) return [`${path}: nested deeper than ${maxDepth} levels`];
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (forbiddenKeys.has(key)) {
      problems.push(`${childPath}: the key "${key}" is not allowed`);
      continue;
    }
    problems.push(...checkStructure((value as Record<string, unknown>)[key], childPath, depth + 1));
    if (problems.length > 20) break;
  }
  return problems;
}
