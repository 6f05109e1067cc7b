import type { ErrorObject, ValidateFunction } from 'ajv';
import { validatePlan } from './generated/validators';
import planSchema from './generated/plan-schema.json';
import { entries, type BedragItem } from './model';
import { joinPointer, splitPointer, valueAt } from './parse';
import type { LocalizedText } from './types';
import { closest } from './closest';
import { describePointer } from './vocabulary';

/** A value that breaks the format, as WP002 reports it. */
export interface SchemaProblem {
  pointer: string;
  message: LocalizedText;
  /** The value at `pointer` is removed before the rules run (it counts as absent). */
  removes: boolean;
  /** A value to remove that is not at `pointer` (an empty text reported on its object). */
  removePointer?: string;
  /** Not a finding at all: only the removal counts (an empty optional text). */
  silent?: boolean;
}

/** A text that is empty or only whitespace "counts as missing" (format.md, type `tekst`). */
const TEKST_PATTERN = '\\S';

type JsonSchema = Record<string, unknown>;

/** Checks a plan value against the published schema and the checks a schema cannot express. */
export function checkSchema(value: unknown): SchemaProblem[] {
  const problems = fromAjvErrors(runValidator(validatePlan, value), value);
  problems.push(...checkAmountLists(value));
  return problems;
}

export function runValidator(validate: ValidateFunction, value: unknown): ErrorObject[] {
  validate(value);
  return validate.errors ? [...validate.errors] : [];
}

/** Turns ajv's errors into one problem per missing key and per broken value. */
export function fromAjvErrors(errors: ErrorObject[], value: unknown, schema: JsonSchema = planSchema as JsonSchema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const memo = schema === planSchema ? PLAN_PROBLEMS.next() : undefined;
  const brokenValues = new Set<string>();
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // The errors of the branches of an anyOf are explained by the anyOf itself.
  const relevant = errors.filter((e) => !(e.schemaPath.includes('/anyOf/') && anyOfAt.has(e.instancePath)));

  for (const error of relevant) {
    const pointer = error.instancePath;
    if (error.keyword === 'pattern' && (error.params as { pattern: string }).pattern === TEKST_PATTERN) {
      // An empty text is a missing value, not a broken one: for a required key that is the
      // "missing key" error on its object; for an optional one, no error at all.
      const cut = pointer.lastIndexOf('/');
      const parent = pointer.slice(0, Math.max(cut, 0));
      const key = splitPointer(pointer).pop() ?? '';
      brokenValues.add(pointer);
      const required = /^\d+$/.test(key) ? false : requiredKeys(schema, parent).includes(key);
      if (required) {
        problems.push({
          pointer: parent,
          removes: false,
          removePointer: pointer,
          message: {
            nl: `"${key}" is leeg${where(parent, 'nl')}: vul deze tekst in, want die is verplicht.`,
            en: `"${key}" is empty${where(parent, 'en')}: fill in this text, because it is required.`,
          },
        });
      } else {
        problems.push({ pointer, removes: false, removePointer: pointer, message: { nl: '', en: '' }, silent: true });
      }
      continue;
    }
    switch (error.keyword) {
      case 'required': {
        const key = String((error.params as { missingProperty: string }).missingProperty);
        const make = (): SchemaProblem => ({
          pointer,
          removes: false,
          message: {
            nl: `"${key}" ontbreekt${where(pointer, 'nl')}: voeg deze sleutel toe, want die is verplicht.`,
            en: `"${key}" is missing${where(pointer, 'en')}: add this key, because it is required.`,
          },
        });
        problems.push(memo ? memo.get(`required\0${pointer}\0${key}`, make) : make());
        break;
      }
      case 'additionalProperties': {
        const key = String((error.params as { additionalProperty: string }).additionalProperty);
        const make = (): SchemaProblem => {
          const allowed = allowedKeys(schema, pointer);
          const suggestion = closest(key, allowed);
          const hint = suggestion
            ? { nl: ` Bedoelt u "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` }
            : { nl: ' Haal de sleutel weg of verbeter de naam.', en: ' Remove the key or correct its name.' };
          return {
            pointer: joinPointer(pointer, key),
            removes: true,
            message: {
              nl: `Onbekende sleutel "${key}"${where(pointer, 'nl')}.${hint.nl}`,
              en: `Unknown key "${key}"${where(pointer, 'en')}.${hint.en}`,
            },
          };
        };
        problems.push(memo ? memo.get(`additional\0${pointer}\0${key}`, make) : make());
        break;
      }
      default: {
        if (brokenValues.has(pointer)) break;
        brokenValues.add(pointer);
        const actual = valueAt(value, pointer);
        const make = (): SchemaProblem => ({ pointer, removes: true, message: describeValueError(error, actual, pointer) });
        // The message names the value: remembered only for a scalar, by its type and text.
        const scalar = actual === null || typeof actual !== 'object';
        problems.push(
          memo && scalar ? memo.get(`${error.keyword}\0${pointer}\0${error.schemaPath}\0${JSON.stringify(error.params)}\0${typeof actual}\0${Object.is(actual, -0) ? '-0' : String(actual)}`, make) : make(),
        );
      }
    }
  }
  return problems;
}

/**
 * The problems made for the plan schema's errors in this check and the one before, by what
 * their text depends on (the error's kind and place, the key, the value). After an edit most
 * errors are the ones of the last version, and their messages (places in words, spelling
 * hints) need not be made again. Problems are never changed once made.
 */
class ProblemMemo {
  private now = new Map<string, SchemaProblem>();
  private before = new Map<string, SchemaProblem>();

  /**
   * At most this many are kept: enough for the schema errors of a findings-heavy 10k-line
   * plan; on larger ones the memory counts more (the peak is reached there) than the time.
   */
  static readonly LIMIT = 3000;

  /** Starts a check: what the one before made stays at hand, older problems go. */
  next(): this {
    this.before = this.now;
    this.now = new Map();
    return this;
  }

  get(key: string, make: () => SchemaProblem): SchemaProblem {
    let problem = this.now.get(key);
    if (problem) return problem;
    problem = this.before.get(key);
    // Moved, not copied: the two checks' problems are not held twice.
    if (problem) this.before.delete(key);
    else problem = make();
    if (this.now.size < ProblemMemo.LIMIT) this.now.set(key, problem);
    return problem;
  }
}

const PLAN_PROBLEMS = new ProblemMemo();

/** The place in words ("bij de 1e partner"), never as a JSON pointer. */
function where(pointer: string, lang: 'nl' | 'en'): string {
  if (pointer === '') return lang === 'nl' ? ' bovenaan in het plan' : ' at the top of the plan';
  return lang === 'nl' ? ` bij ${describePointer(pointer, lang)}` : ` in ${describePointer(pointer, lang)}`;
}

/** `"naam"` for a value under a key, else the fallback. */
function keyOf(pointer: string, fallback: string): string {
  const key = splitPointer(pointer).pop();
  return key !== undefined && !/^\d+$/.test(key) ? `"${key}"` : fallback;
}

function describeValueError(error: ErrorObject, actual: unknown, pointer = ''): LocalizedText {
  const params = error.params as Record<string, unknown>;
  const shown = describeValue(actual);
  switch (error.keyword) {
    case 'type': {
      if (actual === null || actual === undefined) {
        // `key:` with no value: name the key, and say that it now counts as absent.
        const key = splitPointer(pointer).pop();
        if (key !== undefined && !/^\d+$/.test(key)) {
          return {
            nl: `"${key}" heeft geen waarde: vul er een in, want een sleutel zonder waarde telt als afwezig.`,
            en: `"${key}" has no value: fill one in, because a key without a value counts as absent.`,
          };
        }
        return { nl: 'Hier hoort een waarde te staan, maar die ontbreekt.', en: 'A value is expected here, but there is none.' };
      }
      const type = String(params.type);
      return {
        nl: `${keyOf(pointer, 'Deze waarde')} moet ${typeName(type, 'nl')} zijn, maar er staat ${shown}: pas de waarde aan.`,
        en: `${keyOf(pointer, 'This value')} must be ${typeName(type, 'en').replace(/^a text$/, 'text')}, but it is ${shown}: change the value.`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof actual === 'string' ? closest(actual, allowed) : undefined;
      const hint = suggestion ? { nl: ` Bedoelt u "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` } : { nl: '', en: '' };
      return {
        nl: `${shown} is geen toegestane waarde: kies uit ${allowed.map((v) => `"${v}"`).join(', ')}.${hint.nl}`,
        en: `${shown} is not an allowed value: choose from ${allowed.map((v) => `"${v}"`).join(', ')}.${hint.en}`,
      };
    }
    case 'const':
      return {
        nl: `Hier hoort ${JSON.stringify(params.allowedValue)} te staan, maar er staat ${shown}: pas de waarde aan.`,
        en: `This must be ${JSON.stringify(params.allowedValue)}, but it is ${shown}: change the value.`,
      };
    case 'format':
      return {
        nl: `Deze datum bestaat niet: schrijf een echte datum als jaar-maand-dag (JJJJ-MM-DD).`,
        en: `This date does not exist: write a real date as year-month-day (YYYY-MM-DD).`,
      };
    case 'pattern':
      return describePattern(String(params.pattern), shown);
    case 'minItems':
      return { nl: 'Deze lijst is leeg: vul minstens één item in.', en: 'This list is empty: fill in at least one item.' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = String(params.comparison);
      const low = comparison.startsWith('>');
      const limit = String(params.limit);
      // A year: say the range the format allows ("tussen 2000 en 2100").
      if (typeof actual === 'number' && /^(jaar|van|tot_en_met)$/.test(splitPointer(pointer).pop() ?? '')) {
        return {
          nl: `Een jaar ligt tussen 2000 en 2100; ${shown} valt daarbuiten: pas het jaar aan.`,
          en: `A year lies between 2000 and 2100; ${shown} is outside that range: change the year.`,
        };
      }
      // Below zero where the format asks 0 or more: an amount or a count cannot be negative.
      if (low && limit === '0' && comparison === '>=') {
        return {
          nl: `${keyOf(pointer, 'Deze waarde')} kan niet negatief zijn (er staat ${shown}): pas de waarde aan.`,
          en: `${keyOf(pointer, 'This value')} cannot be negative (it is ${shown}): change the value.`,
        };
      }
      return {
        nl: `${keyOf(pointer, 'Deze waarde')} is ${low ? 'te klein' : 'te groot'} (er staat ${shown}; de grens is ${limit}): pas de waarde aan.`,
        en: `${keyOf(pointer, 'This value')} is too ${low ? 'small' : 'large'} (it is ${shown}; the limit is ${limit}): change the value.`,
      };
    }
    case 'anyOf':
      return {
        nl: 'Een bedrag hoort bij één jaar of bij een reeks jaren: vul "jaar" in, of "van" en "tot_en_met".',
        en: 'An amount belongs to one year or to a range of years: fill in "jaar", or "van" and "tot_en_met".',
      };
    default:
      return { nl: `De waarde ${shown} past niet in het formaat: pas de waarde aan.`, en: `The value ${shown} does not fit the format: change the value.` };
  }
}

function describePattern(pattern: string, shown: string): LocalizedText {
  if (pattern === '\\S') return { nl: 'Deze tekst mag niet leeg zijn.', en: 'This text must not be empty.' };
  if (pattern.startsWith('^[A-Za-z]'))
    return {
      nl: `${shown} is geen geldige id: begin met een letter en gebruik alleen letters, cijfers, _ en -.`,
      en: `${shown} is not a valid id: start with a letter and use only letters, digits, _ and -.`,
    };
  if (pattern.includes('GM')) return { nl: `${shown} is geen CBS-gemeentecode (GM0000).`, en: `${shown} is not a CBS municipality code (GM0000).` };
  if (pattern.includes('WK'))
    return { nl: `${shown} is geen CBS-wijk- of buurtcode (WK000000 of BU00000000).`, en: `${shown} is not a CBS district or neighbourhood code (WK000000 or BU00000000).` };
  return { nl: `${shown} heeft niet de vorm ${pattern}.`, en: `${shown} does not match ${pattern}.` };
}

function typeName(type: string, lang: 'nl' | 'en'): string {
  const names: Record<string, [string, string]> = {
    object: ['een blok met sleutels en waarden', 'a block of keys with values'],
    array: ['een lijst', 'a list'],
    string: ['een tekst', 'a text'],
    integer: ['een geheel getal', 'a whole number'],
    number: ['een getal', 'a number'],
  };
  const name = names[type];
  return name ? name[lang === 'nl' ? 0 : 1] : type;
}

function describeValue(value: unknown): string {
  if (value === undefined) return '(niets)';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}

/** Allowed keys of the object at `instancePath`, found by walking the schema along it. */
function allowedKeys(schema: JsonSchema, instancePath: string): string[] {
  const properties = objectSchemaAt(schema, instancePath)?.properties;
  return properties && typeof properties === 'object' ? Object.keys(properties) : [];
}

/** Required keys of the object at `instancePath`. */
function requiredKeys(schema: JsonSchema, instancePath: string): string[] {
  const required = objectSchemaAt(schema, instancePath)?.required;
  return Array.isArray(required) ? required.map(String) : [];
}

/** The (dereferenced) schema of the object at `instancePath`. */
function objectSchemaAt(schema: JsonSchema, instancePath: string): JsonSchema | undefined {
  const root = schema;
  const deref = (node: JsonSchema | undefined): JsonSchema | undefined => {
    let current = node;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
      current = resolveSchemaPath(root, current.$ref);
    }
    return current;
  };
  let node = deref(schema);
  for (const token of splitPointer(instancePath)) {
    if (!node) return undefined;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (properties && token in properties) node = deref(properties[token]);
    else if (node.items && /^\d+$/.test(token)) node = deref(node.items as JsonSchema);
    else return undefined;
  }
  return node;
}

function resolveSchemaPath(schema: JsonSchema, schemaPath: string): JsonSchema | undefined {
  let node: unknown = schema;
  for (const token of splitPointer(schemaPath.replace(/^#/, ''))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

/** Re-exported for the callers of its old place. */
export { closest };


/** Where the plan has `bedragen` lists: a year given twice, or `van` after `tot_en_met`, is WP002. */
function checkAmountLists(value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const plan = value as { interventies?: unknown; financiering?: { bronnen?: unknown } } | null;
  if (!plan || typeof plan !== 'object') return problems;
  const lists: Array<[string, unknown]> = [];
  if (Array.isArray(plan.interventies))
    plan.interventies.forEach((item, i) => lists.push([`/interventies/${i}/begroting`, (item as { begroting?: unknown } | null)?.begroting]));
  const bronnen = plan.financiering && typeof plan.financiering === 'object' ? plan.financiering.bronnen : undefined;
  if (Array.isArray(bronnen)) bronnen.forEach((item, i) => lists.push([`/financiering/bronnen/${i}/bedragen`, (item as { bedragen?: unknown } | null)?.bedragen]));

  for (const [listPointer, list] of lists) {
    if (!Array.isArray(list)) continue;
    const seen = new Set<number>();
    for (const [index, item] of entries(list as Array<BedragItem | undefined>)) {
      if (typeof item !== 'object') continue;
      const pointer = `${listPointer}/${index}`;
      const { jaar, van, tot_en_met: totEnMet } = item;
      const isYear = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 2000 && n <= 2100;
      let years: number[] = [];
      if (jaar !== undefined && (van !== undefined || totEnMet !== undefined)) {
        problems.push({
          pointer,
          removes: true,
          message: {
            nl: 'Dit bedrag noemt een jaar en een reeks jaren: gebruik óf "jaar" óf "van" en "tot_en_met", niet beide.',
            en: 'This amount names a year and a range of years: use either "jaar" or "van" and "tot_en_met", not both.',
          },
        });
        continue;
      }
      if (isYear(jaar)) years = [jaar];
      else if (isYear(van) && isYear(totEnMet)) {
        if (van > totEnMet) {
          problems.push({
            pointer,
            removes: true,
            message: { nl: `Het beginjaar (van, ${van}) ligt na het eindjaar (tot_en_met, ${totEnMet}): draai de twee jaren om.`, en: `The first year (van, ${van}) is after the last year (tot_en_met, ${totEnMet}): swap the two years.` },
          });
          continue;
        }
        for (let year = van; year <= totEnMet; year++) years.push(year);
      }
      const twice = years.filter((year) => seen.has(year));
      if (twice.length > 0) {
        problems.push({
          pointer,
          removes: true,
          message: {
            nl: `Jaar ${twice[0]} staat al eerder in deze lijst met bedragen; geef elk jaar één keer.`,
            en: `Year ${twice[0]} already appears earlier in this list of amounts; give each year once.`,
          },
        });
        continue;
      }
      for (const year of years) seen.add(year);
    }
  }
  return problems;
}
