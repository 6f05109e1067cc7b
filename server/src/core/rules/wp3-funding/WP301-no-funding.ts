import { entries, isMissing, planPeriod, type Plan } from '../../model';
import { skeleton, yamlText } from '../../skeletons';
import type { InsertKeyFix, RuleDefinition } from '../../rule';

/** Every `id` value anywhere in the plan as written, so a new id cannot collide (WP003). */
function usedIds(value: unknown, ids = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) usedIds(item, ids);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') ids.add(child);
      else usedIds(child, ids);
    }
  }
  return ids;
}

/**
 * One source as a flow list, with a free id, a partner that exists (the municipality when
 * there is one), an amount of 0 over the plan's years as a placeholder, and the plan's first
 * goal, so the skeleton is valid and adds no error. Undefined when the plan has no partner.
 */
function sourceSkeleton(plan: Plan, raw: unknown): string | undefined {
  const partners = entries(plan.partners).filter(([, partner]) => typeof partner.id === 'string');
  const payer = (partners.find(([, partner]) => partner.soort === 'gemeente') ?? partners[0])?.[1].id;
  if (!payer) return undefined;
  const ids = usedIds(raw);
  let id = 'F-in-te-vullen';
  for (let n = 2; ids.has(id); n++) id = `F-in-te-vullen-${n}`;
  const period = planPeriod(plan);
  const amounts = period ? `[{ van: ${period.start.year}, tot_en_met: ${period.end.year}, bedrag: 0 }]` : '[]';
  const goal = entries(plan.doelen).find(([, doel]) => typeof doel.id === 'string')?.[1].id;
  const goals = goal ? `, doelen: [${goal}]` : '';
  return `[{ id: ${id}, naam: ${yamlText(skeleton('/financiering/bronnen/*/naam'), true)}, partner: ${payer}, soort: structureel, bedragen: ${amounts}${goals} }]`;
}

export const WP301: RuleDefinition = {
  code: 'WP301',
  name: 'no-funding',
  category: 'WP3',
  watches: ['/financiering', '/financiering/bronnen'],
  severity: 'warning',
  summary: {
    nl: 'Het plan noemt geen financieringsbronnen.',
    en: 'The plan names no funding sources.',
  },
  messages: {
    noSection: {
      nl: 'Het plan heeft geen financiering: noem de bronnen die het werk betalen, want zonder zicht op geld is niet te zien of de aanpak kan blijven.',
      en: 'The plan has no funding: name the sources that pay for the work, because without sight of the money nobody can tell whether the approach can last.',
    },
    noSources: {
      nl: 'De financiering noemt geen bronnen: geef aan wie wat betaalt en in welke jaren, want zonder zicht op geld is niet te zien of de aanpak kan blijven.',
      en: 'The funding names no sources: state who pays what in which years, because without sight of the money nobody can tell whether the approach can last.',
    },
  },
  sources: ['000', '001'],
  rationale: {
    nl: 'Borging staat of valt met geld dat blijft. Wie de geldstromen niet in beeld brengt, merkt pas bij een bezuiniging dat het werk geen bodem heeft.',
    en: 'Lasting results stand or fall with money that stays. Whoever does not map the money flows only finds out at the next cutback that the work has no foundation.',
  },
  fixable: true,
  check(ctx) {
    const financiering = ctx.plan.financiering;
    if (financiering && !isMissing(financiering.bronnen)) return;
    const skeleton = sourceSkeleton(ctx.plan, ctx.raw);
    const title = { nl: 'Voeg een financieringsbron toe', en: 'Add a funding source' };
    let fix: InsertKeyFix | undefined;
    if (skeleton && financiering) {
      fix = { kind: 'insertKey', pointer: '/financiering', key: 'bronnen', value: skeleton, title, safe: false };
    } else if (skeleton) {
      fix = { kind: 'insertKey', pointer: '', key: 'financiering', value: `bronnen: ${skeleton}`, title, safe: false };
    }
    ctx.report({ pointer: financiering ? '/financiering' : '', messageId: financiering ? 'noSources' : 'noSection', fix });
  },
};
