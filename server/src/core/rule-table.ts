import { RULES } from './rules/index';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

/** The Markdown table of every rule, for the README (kept in sync by a test). */
export function renderRuleTable(): string {
  const rows = RULES.map((rule) => {
    const severity = rule.code === 'WP102' ? 'warning / error' : SEVERITY_LABEL[rule.severity];
    return `| [${rule.code}](docs/rules/${rule.code}.md) | ${rule.name} | ${severity} | ${rule.summary.nl} |`;
  });
  return ['| code | naam | ernst | wat het controleert |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
