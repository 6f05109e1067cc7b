// Hostile YAML: input made to exhaust a parser or to smuggle code in. Each case must give a
// finding and a bounded answer: WP001 naming the limit where one is hit (LIMITS in parse.ts:
// size, nesting depth, nodes reached through aliases), WP002 for a tag or a merge key as the
// engine reports them, never an exception, a hang or unbounded memory, and nothing in a tag
// executed or loaded. A hang is caught by mocha's timeout, not by a wall-clock bound here: the
// machines are shared, and figures come from the benchmark (house style). The memory bound is
// generous on purpose: it catches a blow-up, not a slow machine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from '../../server/src/cli/files';
import { checkRead } from '../../server/src/cli/lint-file';
import { lint, type LintResult } from '../../server/src/core/lint';
import { LIMITS } from '../../server/src/core/parse';
import { fillTemplate } from '../../server/src/core/rule';
import { RULES_BY_CODE } from '../../server/src/core/rules/index';
import type { Finding } from '../../server/src/core/types';
import { checkLintInvariants } from './arbitraries';

/** Texts of at most a few hundred kB and texts of megabytes; the size is documentation only. */
const SMALL_MS = 2000;
const LARGE_MS = 10_000;
/** Heap growth allowed while linting a text of 10 MB. */
const HEAP_MB = 300;

const ROOT = join(__dirname, '..', '..');
const SAMPLES = ['zwak', 'concept', 'sterk'].map((name) => readFileSync(join(ROOT, 'samples', `${name}.wijkplan.yaml`), 'utf8'));

function timedLint(text: string, _sizeClassMs: number): LintResult & { ms: number; heapMb: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = lint(text);
  const ms = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { ...result, ms, heapMb };
}

/** The WP001 message for a limit, as the rule words it (so a rewording does not break the test). */
function limitMessage(messageId: 'size' | 'depth' | 'aliases' | 'nodes'): string {
  const limit = { size: `${LIMITS.maxChars / 1024 / 1024} MB`, depth: LIMITS.maxDepth, aliases: LIMITS.maxAliasNodes, nodes: LIMITS.maxNodes }[messageId];
  return fillTemplate(RULES_BY_CODE.get('WP001')!.messages[messageId].en, { limit });
}

function assertOnlyLimit(findings: Finding[], messageId: 'size' | 'depth' | 'aliases' | 'nodes'): void {
  assert.deepEqual(
    findings.map((f) => [f.code, f.pointer, f.message.en]),
    [['WP001', '', limitMessage(messageId)]],
  );
}

/** Findings as (code, pointer, range) for comparing two texts that should read alike. */
function located(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.pointer} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);
}

const flow = (open: string, close: string, depth: number, inner = '') => open.repeat(depth) + inner + close.repeat(depth);

describe('hostile YAML', function () {
  this.timeout(60_000);

  describe(`aliases (at most ${LIMITS.maxAliasNodes} nodes reached through aliases)`, () => {
    it('billion laughs: nine levels of nine aliases is WP001, answered at once', () => {
      let text = 'wijkplan: 1\nx-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
      const names = 'abcdefghi';
      for (let i = 1; i < names.length; i++) text += `x-${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]\n`;
      text += 'titel: *i\n';
      assertOnlyLimit(timedLint(text, SMALL_MS).findings, 'aliases');
    });

    it('a wide anchor aliased many times is WP001', () => {
      const text = `wijkplan: 1\nx-a: &a [${Array(1000).fill('x').join(', ')}]\nx-b: [${Array(100).fill('*a').join(', ')}]\n`;
      assertOnlyLimit(timedLint(text, SMALL_MS).findings, 'aliases');
    });

    it('an alias inside its own anchor is WP001, not endless recursion', () => {
      assertOnlyLimit(timedLint('wijkplan: 1\nx-a: &a [*a]\n', SMALL_MS).findings, 'depth');
      assertOnlyLimit(timedLint('wijkplan: 1\nx-a: &a {b: *a}\n', SMALL_MS).findings, 'depth');
    });

    it('thousands of aliases in a large text stay linear (one walk resolves them all)', () => {
      const text = `wijkplan: 1\nx-a: &a x\nx-b: [${Array(9000).fill('*a').join(', ')}]\nx-pad: [${Array(20_000).fill('1').join(', ')}]\n`;
      const { findings } = timedLint(text, LARGE_MS);
      assert.ok(!findings.some((f) => f.code === 'WP001'), 'under the alias limit: no WP001');
    });
  });

  describe(`nesting (at most ${LIMITS.maxDepth} levels; a scan finds deeper text before the parser recurses)`, () => {
    it('10,000 nested flow lists, closed or not, and 10,000 flow mappings are WP001 depth', () => {
      for (const text of [
        `wijkplan: 1\nx-diep: ${flow('[', ']', 10_000)}\n`,
        `wijkplan: 1\nx-diep: ${'['.repeat(10_000)}\n`,
        `wijkplan: 1\nx-diep: ${flow('{a: ', '}', 10_000, '1')}\n`,
        flow('[', ']', 10_000),
      ]) {
        assertOnlyLimit(timedLint(text, SMALL_MS).findings, 'depth');
      }
    });

    it('dense YAML within the size limit (millions of tiny list items) is WP001 nodes, answered at once', () => {
      // 5 MB of "-" lines would make the yaml parser build 2.6 million nodes (gigabytes).
      const blockItems = `wijkplan: 1\nx-lijst:\n${'-\n'.repeat(2_000_000)}`;
      assertOnlyLimit(timedLint(blockItems, LARGE_MS).findings, 'nodes');
      const flowItems = `wijkplan: 1\nx-lijst: [${'1,'.repeat(LIMITS.maxNodes)}1]\n`;
      assertOnlyLimit(timedLint(flowItems, LARGE_MS).findings, 'nodes');
      // Just under the limit is read as usual.
      const under = `wijkplan: 1\nx-lijst: [${'1,'.repeat(LIMITS.maxNodes - 10)}1]\n`;
      assert.ok(!timedLint(under, LARGE_MS).findings.some((f) => f.code === 'WP001'));
    });

    it('a document that is only a tagged scalar (!!timestamp, !!binary) is WP002, and no rule crashes', () => {
      for (const text of ['!!timestamp 2026-01-01\n', '!!binary aGVsbG8=\n', '!!set {a, b}\n']) {
        const codes = timedLint(text, SMALL_MS).findings.map((f) => f.code);
        assert.ok(codes.includes('WP002'), text);
        assert.ok(!codes.includes('WP000'), `${text}: ${codes.join(',')}`);
      }
    });

    it('10,000 nested block lists on one line (- - - …) are WP001 depth', () => {
      assertOnlyLimit(timedLint(`wijkplan: 1\nx-diep:\n${'- '.repeat(10_000)}x\n`, SMALL_MS).findings, 'depth');
    });

    it('block indentation 3,000 levels deep (4.5 MB) is WP001 depth; 10,000 levels (50 MB) is WP001 size', () => {
      let deep = 'wijkplan: 1\nx-diep:\n';
      for (let level = 1; level <= 3000; level++) deep += `${' '.repeat(level)}a:\n`;
      assertOnlyLimit(timedLint(deep, LARGE_MS).findings, 'depth');
      let list = 'wijkplan: 1\nx-diep:\n';
      for (let level = 1; level <= 1500; level++) list += `${' '.repeat(2 * level)}- a:\n`;
      assertOnlyLimit(timedLint(list, LARGE_MS).findings, 'depth');
      const deeper = Array.from({ length: 10_000 }, (_, level) => `${' '.repeat(level)}a:`).join('\n');
      assertOnlyLimit(timedLint(deeper, LARGE_MS).findings, 'size');
    });

    it(`the limit is exact: ${LIMITS.maxDepth} levels below the root pass, one more is WP001`, () => {
      const at = (depth: number) => lint(`wijkplan: 1\nx-diep: ${flow('[', ']', depth)}\n`).findings;
      assert.ok(!at(LIMITS.maxDepth).some((f) => f.code === 'WP001'));
      assertOnlyLimit(at(LIMITS.maxDepth + 1), 'depth');
    });

    it('WP001 depth sits on the first key, whether the scan or the tree builder finds it', () => {
      const firstKey = { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } };
      for (const text of [`wijkplan: 1\nx-diep: ${'['.repeat(10_000)}\n`, 'wijkplan: 1\nx-a: &a [*a]\n', `# kop\n---\nwijkplan: 1\nx-diep:\n${'- '.repeat(100)}\n`]) {
        const [finding] = timedLint(text, SMALL_MS).findings;
        const line = text.startsWith('#') ? 2 : 0;
        assert.deepEqual(finding.range, { start: { ...firstKey.start, line }, end: { ...firstKey.end, line } });
      }
    });

    it('brackets in quotes, comments, block scalars and mid-text are no nesting', () => {
      const many = '['.repeat(5000);
      for (const text of [
        `wijkplan: 1\ntitel: "${many}"\n`,
        `wijkplan: 1\ntitel: '${many}'\n`,
        `wijkplan: 1\n# ${many}\ntitel: x # ${many}\n`,
        `wijkplan: 1\ntitel: |\n  ${many}\n  ${'{'.repeat(5000)}\n`,
        `wijkplan: 1\ntitel: een ${many}\n`,
        `wijkplan: 1\ntitel: >\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 2)}- a:`).join('\n')}\n`,
      ]) {
        assert.ok(!timedLint(text, SMALL_MS).findings.some((f) => f.code === 'WP001'), JSON.stringify(text.slice(0, 60)));
      }
    });
  });

  describe(`size (at most ${LIMITS.maxChars} characters, ${LIMITS.maxChars / 1024 / 1024} MB of ASCII)`, () => {
    it(`a 10 MB file is WP001 size, with the heap growing less than ${HEAP_MB} MB`, () => {
      for (const text of ['wijkplan: 1\n' + `x-a: ${'y'.repeat(90)}\n`.repeat(110_000), '\n'.repeat(10 * 1024 * 1024)]) {
        const { findings, heapMb } = timedLint(text, LARGE_MS);
        assertOnlyLimit(findings, 'size');
        assert.ok(heapMb < HEAP_MB, `heap grew ${heapMb.toFixed(0)} MB`);
      }
    });

    it('the limit is exact: a text of the limit passes, one character more is WP001', () => {
      assert.ok(!timedLint(`#${'x'.repeat(LIMITS.maxChars - 1)}`, LARGE_MS).findings.some((f) => f.code === 'WP001'));
      assertOnlyLimit(timedLint(`#${'x'.repeat(LIMITS.maxChars)}`, LARGE_MS).findings, 'size');
    });

    it('a single 1 MB line (a long vision, a long comment) changes nothing else', () => {
      const sample = SAMPLES[0];
      const expected = located(lint(sample).findings);
      const longVision = sample.replace(/^visie: .*$/m, `visie: ${'woord '.repeat(175_000).trim()}`);
      const longComment = sample.replace(/^visie: (.*)$/m, `visie: $1 # ${'x'.repeat(1024 * 1024)}`);
      const longQuoted = sample.replace(/^visie: .*$/m, `visie: "${'een \\" en een # '.repeat(70_000)}"`);
      for (const text of [longVision, longComment, longQuoted]) {
        assert.ok(text.length > 1024 * 1024);
        assert.deepEqual(located(timedLint(text, SMALL_MS).findings), expected);
      }
    });

    it('5,000 duplicate keys give 4,999 WP006, each at its own key', () => {
      const text = `wijkplan: 1\n${'titel: x\n'.repeat(5000)}`;
      const duplicates = timedLint(text, SMALL_MS).findings.filter((f) => f.code === 'WP006');
      assert.equal(duplicates.length, 4999);
      duplicates.forEach((finding, index) => {
        assert.equal(finding.pointer, '/titel');
        assert.deepEqual(finding.range, { start: { line: index + 2, character: 0 }, end: { line: index + 2, character: 5 } });
      });
      const inFlow = `wijkplan: 1\nx-m: {${Array(5000).fill('k: 1').join(', ')}}\n`;
      assert.equal(timedLint(inFlow, SMALL_MS).findings.filter((f) => f.code === 'WP006').length, 0, 'under x- nothing is checked');
      const flowTop = `wijkplan: 1\nwijk: {${Array(5000).fill('naam: a').join(', ')}}\n`;
      assert.equal(timedLint(flowTop, SMALL_MS).findings.filter((f) => f.code === 'WP006').length, 4999);
    });
  });

  describe('tags: reported as WP002 and never executed or loaded', () => {
    const flag = '__wijkplanPwned';
    afterEach(() => {
      assert.equal((globalThis as Record<string, unknown>)[flag], undefined, 'a tag was executed');
    });

    function tagFindings(text: string): Finding[] {
      const { findings, parsed } = timedLint(text, SMALL_MS);
      for (const value of Object.values(parsed.value as Record<string, unknown>)) assert.notEqual(typeof value, 'function');
      return findings.filter((f) => f.code === 'WP002' && /tag/i.test(f.message.en));
    }

    it('!!js/function, in every form, is a WP002 at its key and stays text', () => {
      const payload = `function () { globalThis.${flag} = true; return 1 }`;
      for (const text of [
        `wijkplan: 1\ntitel: !!js/function "${payload}"\n`,
        `wijkplan: 1\ntitel: !!js/function >\n  ${payload}\n`,
        `wijkplan: 1\ntitel: !!js/function '(${payload})()'\n`,
        `wijkplan: 1\nwijk: !!js/function { naam: "${payload}" }\n`,
        `wijkplan: 1\ntitel: !<tag:yaml.org,2002:js/function> "${payload}"\n`,
        `wijkplan: 1\ntitel: !!js/undefined ~\nvisie: !!js/regexp /a/g\n`,
      ]) {
        const found = tagFindings(text);
        assert.ok(found.length >= 1, text);
        for (const finding of found) assert.match(finding.pointer, /^\/(titel|wijk|visie)$/);
      }
    });

    it('!include names a file; the file is never read', () => {
      const secret = join(ROOT, 'package.json');
      const text = `wijkplan: 1\ntitel: !include ${secret}\nvisie: !include\n  - ${secret}\n`;
      const { parsed } = timedLint(text, SMALL_MS);
      assert.equal((parsed.value as { titel: unknown }).titel, secret, 'the value is the path as written');
      assert.ok(!JSON.stringify(parsed.value).includes('"devDependencies"'), 'the file was read');
      assert.deepEqual(
        tagFindings(text).map((f) => f.pointer),
        ['/titel', '/visie'],
      );
    });

    it('!!binary, !!python/object/apply and a custom tag are WP002', () => {
      const text = 'wijkplan: 1\ntitel: !!binary aGVsbG8=\nvisie: !!python/object/apply:os.system ["touch /tmp/wijkplan-pwned"]\nwijk: !eigen { naam: a }\n';
      assert.deepEqual(
        tagFindings(text).map((f) => f.pointer),
        ['/titel', '/visie', '/wijk'],
      );
    });
  });

  it('a merge key (<<) is not merged: it is an unknown key, WP002, and the keys it would bring are missing', () => {
    const text = 'wijkplan: 1\nx-basis: &basis { naam: Noord, gemeente: Aaldonk }\nwijk:\n  <<: *basis\n  inwoners: 5\n';
    const { findings, parsed } = timedLint(text, SMALL_MS);
    const atWijk = findings.filter((f) => f.code === 'WP002' && f.pointer.startsWith('/wijk'));
    assert.ok(atWijk.some((f) => f.pointer === '/wijk/<<' && /<</.test(f.message.en)));
    assert.ok(atWijk.some((f) => f.pointer === '/wijk' && /naam/.test(f.message.en)));
    assert.equal((parsed.value as { wijk: Record<string, unknown> }).wijk.naam, undefined);
  });

  describe('byte order mark and line endings (ranges stay right)', () => {
    it('a byte order mark changes no finding', () => {
      for (const sample of SAMPLES) assert.deepEqual(located(lint(`\ufeff${sample}`).findings), located(lint(sample).findings));
    });

    it('CRLF, lone CR and mixed line endings give the same findings at the same places', () => {
      for (const sample of SAMPLES) {
        const expected = located(lint(sample).findings);
        assert.deepEqual(located(lint(sample.replace(/\n/g, '\r\n')).findings), expected);
        assert.deepEqual(located(lint(sample.replace(/\n/g, '\r')).findings), expected);
        // Never a lone CR right before a LF: together they would be one CRLF.
        let turn = 0;
        const mixed = sample.replace(/\n/g, () => ['\r\n', '\n', '\r\n', '\r'][turn++ % 4]);
        assert.deepEqual(located(lint(mixed).findings), expected);
      }
    });

    it('a known finding after CRLF, CR, mixed endings and a BOM sits exactly on its key', () => {
      for (const text of [
        'wijkplan: 1\r\ntitel: x\r\nonbekend: 1\r\n',
        'wijkplan: 1\rtitel: x\ronbekend: 1\r',
        'wijkplan: 1\r\ntitel: x\ronbekend: 1\n',
        '\ufeffwijkplan: 1\r\ntitel: x\r\nonbekend: 1',
      ]) {
        const finding = checkLintInvariants(text).findings.find((f) => f.pointer === '/onbekend');
        assert.deepEqual(finding?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } }, JSON.stringify(text));
      }
    });
  });

  it('tabs as indentation are WP001 naming the line; a tab after a key is fine', () => {
    const { findings } = timedLint('wijkplan: 1\nwijk:\n\tnaam: x\n', SMALL_MS);
    assert.deepEqual(
      findings.map((f) => f.code),
      ['WP001'],
    );
    assert.match(findings[0].message.en, /line 3/);
    assert.ok(!timedLint('wijkplan: 1\ntitel:\tx\t# c\n', SMALL_MS).findings.some((f) => f.code === 'WP001'));
  });

  it('NUL and other control characters are WP001 (not text), naming the line', () => {
    for (const char of ['\u0000', '\u0001', '\u0007', '\u001f']) {
      const { findings } = timedLint(`wijkplan: 1\ntitel: a${char}b\n`, SMALL_MS);
      assert.deepEqual(
        findings.map((f) => f.code),
        ['WP001'],
      );
      assert.match(findings[0].message.en, /line 2/);
    }
  });

  it('invalid UTF-8 is WP001 from the CLI; a lone surrogate in the core is just text', () => {
    const bad = [[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];
    for (const bytes of bad) {
      const read = decodeUtf8(Uint8Array.from([...Buffer.from('wijkplan: 1\ntitel: a'), ...bytes, 0x0a]));
      assert.equal(read.kind, 'not-text', JSON.stringify(bytes));
      const { findings, score } = checkRead(read);
      assert.deepEqual(
        findings.map((f) => f.code),
        ['WP001'],
      );
      assert.equal(score.overall, null);
    }
    const { findings } = checkLintInvariants('wijkplan: 1\ntitel: a\ud800b\nvisie: \udc00\n');
    assert.ok(!findings.some((f) => f.code === 'WP001'));
  });
});
