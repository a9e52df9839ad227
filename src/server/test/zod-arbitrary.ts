// fast-check arbitraries from the routes' own zod schemas: values a schema accepts (for the access
// matrix, so that a refusal is about who asks, not what they send), and the same with hostile text
// (control characters, non-UTF-8 marks, wrong types) for the fuzz test.
import fc from 'fast-check';
import type { z } from 'zod';

// Strings a platform field is likely to want: refinements (a yyyy-mm-dd date, an e-mail, a code) are
// met by drawing from these first, then checked by the schema itself.
const typicalStrings = [
  '2024-05-12', '2024-12-31', '2025-01-15', 'Nội dung kiểm thử đủ dài cho trường này', 'Rà soát hạ tầng mạng',
  'canbo.thu@vungtau.gov.vn', 'https://anh.example.vn/a.jpg', '0909123456', 'VT-P07', 'VT', 'PA24-ABCDEF', 'CQS-08',
  'MT-RAC', '1', '12', '2024', 'json', 'xml', 'true', 'off', 'Hải Đăng', 'abc', 'x',
];

export interface ArbitraryOptions {
  /** Insert control characters, U+FFFD and wrong types now and then. */
  hostile: boolean;
}

const hostileText = fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\uFFFD', '\u0085', '\uD800', '\u007F');

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function base(schema: z.ZodType, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (key: string) => arbitraryFor(def[key] as z.ZodType, options);
  switch (def.type) {
    case 'string': {
      const patterns = [def.pattern, ...((def.checks as { _zod: { def: { pattern?: unknown } } }[] | undefined) ?? []).map((check) => check._zod.def.pattern)].filter((pattern): pattern is RegExp => pattern instanceof RegExp);
      const plain = fc.oneof(fc.constantFrom(...typicalStrings), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), ...patterns.map((pattern) => fc.stringMatching(pattern)));
      return options.hostile ? fc.oneof(plain, fc.tuple(plain, hostileText, plain).map(([a, b, c]) => `${a}${b}${c}`)) : plain;
    }
    case 'number':
    case 'int':
    case 'bigint':
      return fc.oneof(fc.constantFrom(1, 2, 5, 12, 100, 2024), fc.integer({ min: -5, max: 3_000_000_000 }), fc.double({ noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'null':
      return fc.constant(null);
    case 'optional':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'pipe':
      return inner('in');
    case 'transform':
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    case 'array':
      return fc.array(inner('element'), { maxLength: 3 });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => arbitraryFor(option, options)));
    case 'record':
      return fc.dictionary(arbitraryFor(def.keyType as z.ZodType, options) as fc.Arbitrary<string>, inner('valueType'), { maxKeys: 3 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const required = keys.filter((key) => !['optional', 'default', 'prefault'].includes(defOf(shape[key] as z.ZodType).type));
      return fc.record(Object.fromEntries(keys.map((key) => [key, arbitraryFor(shape[key] as z.ZodType, options)])), { requiredKeys: required });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

const LEAVES = new Set(['string', 'number', 'int', 'bigint', 'boolean', 'literal', 'enum', 'null']);

/**
 * A value for `schema`. Unless `hostile`, each leaf is one the leaf's schema accepts (a record's
 * fields each valid); rules over a whole object are left to acceptedSample. Hostile values are
 * sometimes of the wrong type altogether.
 */
export function arbitraryFor(schema: z.ZodType, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const values = base(schema, options);
  if (!options.hostile) return LEAVES.has(defOf(schema).type) ? values.filter((value) => schema.safeParse(value).success) : values;
  return fc.oneof({ weight: 5, arbitrary: values }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) });
}

/** One value the schema accepts, of a few dozen drawn; undefined when none is (a rule over several fields no draw met). */
export function acceptedSample(schema: z.ZodType, seed: number): unknown {
  try {
    return fc.sample(arbitraryFor(schema, { hostile: false }), { numRuns: 40, seed }).find((value) => schema.safeParse(value).success);
  } catch {
    // A leaf no typical value meets.
    return undefined;
  }
}
