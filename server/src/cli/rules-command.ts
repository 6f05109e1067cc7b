import { ruleDocUrl } from '../core/docs-url';
import { RULES } from '../core/rules/index';
import type { Lang } from '../core/types';
import type { Paint } from './color';
import { CATEGORY_NAME, SEVERITY_LABEL } from './labels';

/** `wijkplan rules --format json`: cli.md's array of {code, name, category, severity, summary}. */
export function rulesJson(lang: Lang): string {
  const list = RULES.map((rule) => ({ code: rule.code, name: rule.name, category: rule.category, severity: rule.severity, summary: rule.summary[lang] }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** The rules for people: grouped by category, with the link to each rule's page. */
export function rulesStylish(lang: Lang, paint: Paint): string {
  const out: string[] = [];
  let category = '';
  const nameWidth = Math.max(...RULES.map((rule) => rule.name.length));
  const severityWidth = Math.max(...Object.values(SEVERITY_LABEL[lang]).map((label) => label.length));
  for (const rule of RULES) {
    if (rule.category !== category) {
      category = rule.category;
      if (out.length > 0) out.push('');
      out.push(paint.bold(`${category} ${CATEGORY_NAME[lang][rule.category]}`));
    }
    out.push(`  ${rule.code}  ${rule.name.padEnd(nameWidth)}  ${SEVERITY_LABEL[lang][rule.severity].padEnd(severityWidth)}  ${rule.summary[lang]}`);
    out.push(`         ${paint.dim(ruleDocUrl(rule.code))}`);
  }
  return `${out.join('\n')}\n`;
}
