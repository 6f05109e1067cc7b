import { CHANGE_KINDS } from '../../core/review';
import { createHash } from 'node:crypto';
import { version } from '../../../../package.json';
import { DOCS_BASE, ruleDocUrl } from '../../core/docs-url';
import { RULES } from '../../core/rules/index';
import type { Finding, Severity } from '../../core/types';
import { CATEGORY_TAG } from '../labels';
import { matchKey, sortFindings, toDiagnostic, type CheckReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for code scanning. Every rule is listed once, whether it fired or not, so
 * `ruleIndex` is stable; fingerprints hash the file, code and pointer (and the occurrence
 * among findings that share them), never a line number, so an edit elsewhere in the plan
 * does not make a finding look new.
 */
export function formatSarif(report: CheckReport): string {
  const { lang } = report;
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.code, index]));
  const rules = RULES.map((rule) => ({
    id: rule.code,
    name: rule.name,
    shortDescription: { text: rule.summary[lang] },
    fullDescription: { text: rule.rationale[lang] },
    helpUri: ruleDocUrl(rule.code),
    help: { text: `${rule.summary[lang]} ${rule.rationale[lang]}`, markdown: `${rule.summary[lang]}\n\n${rule.rationale[lang]}\n\n[${rule.code} ${rule.name}](${ruleDocUrl(rule.code)})` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['borging', rule.category, CATEGORY_TAG[rule.category]], category: rule.category },
  }));

  const results = report.files.flatMap((file) => {
    const seen = new Map<string, number>();
    return sortFindings(file.findings).map((finding) => {
      const diagnostic = toDiagnostic(finding, lang);
      const key = matchKey(finding);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const result: Record<string, unknown> = {
        ruleId: finding.code,
        ruleIndex: ruleIndex.get(finding.code) ?? -1,
        level: LEVEL[finding.severity],
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeUri(file.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: diagnostic.line, startColumn: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn },
            },
          },
        ],
        partialFingerprints: { 'wijkplanFinding/v1': fingerprint(file.path, finding, occurrence) },
        properties: { pointer: finding.pointer, category: finding.category },
      };
      if (report.changedSince !== undefined) result.baselineState = file.introduced?.has(finding) ? 'new' : 'unchanged';
      return result;
    });
  });

  // A weaker change of the plan is a result too (rule id `change/<kind>`), on its line in the
  // new text; something removed on the nearest part of the plan that is still there.
  const changeRules: Array<Record<string, unknown>> = [];
  const changeRuleIndex = new Map<string, number>();
  for (const file of report.files) {
    for (const change of file.changes ?? []) {
      if (change.effect !== 'weaker') continue;
      const id = `change/${change.kind}`;
      if (!changeRuleIndex.has(id)) {
        changeRuleIndex.set(id, rules.length + changeRules.length);
        const meaning = CHANGE_KINDS[change.kind]?.[lang] ?? change.kind;
        changeRules.push({
          id,
          name: change.kind,
          shortDescription: { text: meaning },
          defaultConfiguration: { level: 'warning' },
          properties: { tags: ['borging', 'review'] },
        });
      }
      results.push({
        ruleId: id,
        ruleIndex: changeRuleIndex.get(id),
        level: 'warning',
        message: { text: change.message[lang] },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeUri(file.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: change.newLine, startColumn: change.newColumn },
            },
          },
        ],
        partialFingerprints: { 'wijkplanChange/v1': `${file.path}|${change.kind}|${change.pointer}` },
        properties: { pointer: change.pointer, effect: change.effect, accepted: change.accepted },
        ...(change.accepted ? { suppressions: [{ kind: 'inSource', justification: 'wijkplan-accept' }] } : {}),
      });
    }
  }
  rules.push(...(changeRules as typeof rules));

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'wijkplan',
        version,
        semanticVersion: version,
        informationUri: DOCS_BASE,
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: report.errors.length === 0,
        toolExecutionNotifications: report.errors.map((error) => ({ level: 'error', message: { text: error.render(lang) } })),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results,
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function fingerprint(path: string, finding: Finding, occurrence: number): string {
  return createHash('sha256').update(`${path}\u0000${finding.code}\u0000${finding.pointer}\u0000${occurrence}`).digest('hex').slice(0, 32);
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
