// Regenerates the rule table in README.md from the rule catalogue (a test checks it is current).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRuleTable } from '../server/src/core/rule-table';

const path = join(__dirname, '..', 'README.md');
const readme = readFileSync(path, 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) throw new Error('README.md lacks the rule table markers');
writeFileSync(path, `${readme.slice(0, from + start.length)}\n${renderRuleTable()}\n${readme.slice(to)}`);
