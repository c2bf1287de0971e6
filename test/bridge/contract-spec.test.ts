/**
 * Rules every method spec and event schema must keep, checked over the whole contract so a new
 * method is held to them without a line here: every collection is bounded (issue 11, finding 7),
 * every `secret` names a real parameter, and the spec fields the hosts read are well-formed.
 */
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { events, methods, methodSpec, type MethodSpec } from '../../electron/bridge/contract';
import { ERROR_CODES, isTransportCode } from '../../electron/bridge/errors';
import { EVENT_NAMES, METHOD_NAMES } from '../../electron/bridge/names';

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
};

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const BOUNDS = new Set(['max_length', 'length_equals', 'max_size']);
const bounded = (d: Def): boolean => (d.checks ?? []).some((c) => BOUNDS.has(c._zod.def.check));

/** Paths inside `schema` to a string, array or record without an upper bound, or to an unknown. */
function unbounded(schema: z.ZodType, path: string): string[] {
  const d = defOf(schema);
  const inner = (s: z.ZodType | undefined, p: string) => (s ? unbounded(s, p) : []);
  switch (d.type) {
    case 'string':
    case 'array':
      return [...(bounded(d) ? [] : [path]), ...inner(d.element, `${path}[]`)];
    case 'record':
      return [
        ...(bounded(d) ? [] : [path]),
        ...inner(d.keyType, `${path}{key}`),
        ...inner(d.valueType, `${path}{}`),
      ];
    case 'object':
      return Object.entries(d.shape ?? {}).flatMap(([k, v]) => unbounded(v, `${path}.${k}`));
    case 'union':
      return (d.options ?? []).flatMap((o, i) => unbounded(o, `${path}|${i}`));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return inner(d.innerType, path);
    case 'pipe':
      return [...inner(d.in, path), ...inner(d.out, path)];
    case 'unknown':
    case 'any':
      return [path];
    default:
      return [];
  }
}

describe('contract spec', () => {
  it('bounds every string, array and record in every parameter, result and event', () => {
    const found = [
      ...METHOD_NAMES.flatMap((m) => [
        ...unbounded(methods[m].params, `${m} params`),
        ...unbounded(methods[m].result, `${m} result`),
      ]),
      ...EVENT_NAMES.flatMap((e) => unbounded(events[e], `${e} payload`)),
    ];
    expect(found).toEqual([]);
  });

  it('the bounds check finds what it should', async () => {
    const { z } = await import('zod');
    expect(unbounded(z.object({ a: z.string(), b: z.array(z.string().max(1)).max(2) }), 'x')).toEqual([
      'x.a',
    ]);
    expect(unbounded(z.array(z.string()), 'y')).toEqual(['y', 'y[]']);
    expect(unbounded(z.record(z.string().max(3), z.number()), 'r')).toEqual(['r']);
    expect(unbounded(z.unknown().optional(), 'u')).toEqual(['u']);
  });

  it('names real parameters as secret', () => {
    const keysOf = (schema: z.ZodType): string[] => {
      const d = defOf(schema);
      if (d.type === 'object') return Object.keys(d.shape ?? {});
      return (d.options ?? []).flatMap(keysOf);
    };
    for (const m of METHOD_NAMES) {
      const keys = keysOf(methods[m].params);
      for (const name of methodSpec(m).secret ?? []) expect(keys, `${m}: ${name}`).toContain(name);
    }
  });

  it('declares only known domain codes, each once per method', () => {
    for (const m of METHOD_NAMES) {
      const spec: MethodSpec = methodSpec(m);
      expect(
        spec.errors.filter((c) => isTransportCode(c)),
        m,
      ).toEqual([]);
      expect(
        spec.errors.every((c) => ERROR_CODES.includes(c)),
        m,
      ).toBe(true);
      expect(new Set(spec.errors).size, m).toBe(spec.errors.length);
    }
  });

  it("opens only the lock screen's methods while locked", () => {
    expect(METHOD_NAMES.filter((m) => methodSpec(m).whileLocked).sort()).toEqual([
      'account.clearData',
      'account.state',
      'account.unlock',
      'app.info',
      'app.ping',
    ]);
  });
});
