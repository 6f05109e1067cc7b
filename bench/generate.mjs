// Deterministic generator of realistic wijkplan files for the benchmark and the property
// test. The same seed and size always give the same text, on every machine: the only source
// of randomness is a seeded PRNG, and nothing reads the clock or the environment.
//
// A generated plan covers several neighbourhoods: many partners, goals with indicators,
// interventions, funding sources and evaluation moments, written the way people write them
// (block and flow style, comments, folded text, the odd quoted string). It carries a handful
// of findings of every category WP0–WP7 on purpose, and one inline suppression.
//
// Used as a module (`generatePlan`, `generateProvince`) and as a command:
//   node bench/generate.mjs [outDir]     writes the benchmark sizes and the 1,000 typical plans
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** mulberry32: small, fast and good enough to pick names and numbers. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const BUURTEN = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'Haven', 'Kerkbuurt', 'Molenwijk', 'Bloemenbuurt', 'Schildersbuurt', 'Vogelwijk', 'Rivierenbuurt', 'Bomenbuurt', 'Stationskwartier', 'Dijkzone', 'Parkwijk'];
const KINDS = ['welzijn', 'zorg', 'corporatie', 'onderwijs', 'bedrijf', 'fonds', 'zorgverzekeraar', 'politie', 'overig', 'bewoners'];
const ORG_WORDS = {
  welzijn: ['Welzijn', 'Buurtwerk', 'Opbouwwerk'],
  zorg: ['Wijkzorg', 'Thuiszorg', 'GGZ'],
  corporatie: ['WoonStad', 'Woonbron', 'Thuisvast'],
  onderwijs: ['Basisschool', 'Kindcentrum', 'ROC'],
  bedrijf: ['Supermarkt', 'Bouwbedrijf', 'Bakkerij'],
  fonds: ['Fonds', 'Stichting', 'Oranjefonds'],
  zorgverzekeraar: ['Zorgverzekeraar', 'Zorgkantoor', 'Verzekeraar'],
  politie: ['Politie', 'Wijkagent', 'Handhaving'],
  overig: ['Bibliotheek', 'Sportclub', 'Moskee'],
  bewoners: ['Bewonersraad', 'Huurdersvereniging', 'Buurtcomité'],
};
const DOMAINS = ['sociaal', 'fysiek', 'economisch', 'veiligheid', 'gezondheid', 'onderwijs'];
const GOAL_TITLES = {
  sociaal: ['Minder eenzaamheid onder ouderen', 'Minder huishoudens met schulden', 'Meer mantelzorgers ondersteund'],
  fysiek: ['Betere woningen en openbare ruimte', 'Meer groen in de straten', 'Minder verloederde portieken'],
  economisch: ['Meer jongeren aan het werk', 'Meer ondernemers in de plint', 'Minder langdurige bijstand'],
  veiligheid: ['Minder woninginbraken', 'Meer veiligheidsgevoel op straat', 'Minder overlast van jongeren'],
  gezondheid: ['Minder overgewicht bij kinderen', 'Meer bewoners die bewegen', 'Minder zorgmijding'],
  onderwijs: ['Minder voortijdig schoolverlaten', 'Meer kinderen met een VVE-plek', 'Betere taalvaardigheid'],
};
const VERBS = ['begeleiden', 'versterken', 'verbinden', 'opknappen', 'activeren', 'ondersteunen'];
const NOUNS = ['gezinnen', 'jongeren', 'ouderen', 'portieken', 'pleinen', 'ondernemers', 'scholen', 'mantelzorgers'];
const STRATEGIES = ['inbedden', 'overdragen', 'opschalen', 'afbouwen', 'stoppen'];
// Kinds of planted findings on interventions, in the order they are handed out:
// 8 WP101, 3 WP201, 7 WP309, 2 WP702, 1 WP003, 0 WP201 suppressed, 4 WP202, 5 WP004,
// 6 WP008, 9 WP103, 10 WP106.
const PLANTED = [8, 3, 7, 2, 1, 0, 4, 5, 6, 9, 10];
const PLAN_START = 2025;
const PLAN_END = 2044;

function date(year, month, day) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The plan's parts as data, sized by counts. Findings are planted at fixed places so every
 * size has them: the first items of each list carry them, the rest are clean.
 */
function buildModel(counts, random) {
  const buurten = BUURTEN.slice(0, Math.max(1, Math.min(BUURTEN.length, counts.buurten)));
  const partners = [
    { id: 'gemeente', naam: 'Gemeente Voorbeeldstad', soort: 'gemeente', gov: true },
    { id: 'rijk', naam: 'Ministerie van Binnenlandse Zaken', soort: 'rijk', gov: true },
    { id: 'hogeschool', naam: 'Hogeschool Noord, lectoraat Wijkontwikkeling', soort: 'kennisinstituut' },
  ];
  for (let i = partners.length; i < counts.partners; i++) {
    const soort = KINDS[i % KINDS.length];
    const buurt = buurten[i % buurten.length];
    partners.push({ id: `p${i}-${soort}`, naam: `${random.pick(ORG_WORDS[soort])} ${buurt}`, soort, buurt });
  }
  const goals = [];
  for (let i = 0; i < counts.goals; i++) {
    const domein = DOMAINS[i % DOMAINS.length];
    const indicators = [];
    const n = counts.goals < 5 ? 1 : random.int(1, 4);
    for (let j = 0; j < n; j++) {
      const down = random.chance(0.5);
      const base = random.int(10, 60);
      indicators.push({ id: `I${i}-${j}`, soort: j === 0 ? 'outcome' : random.pick(['outcome', 'output']), down, base });
    }
    goals.push({ id: `D${i}-${domein.slice(0, 4)}`, domein, titel: `${random.pick(GOAL_TITLES[domein])} in ${buurten[i % buurten.length]}`, indicators });
  }
  const sources = [];
  for (let i = 0; i < counts.sources; i++) {
    const structural = i % 3 !== 2;
    const payer = partners[i === 0 ? 0 : 1 + (i % (partners.length - 1))];
    const from = structural ? PLAN_START : PLAN_START + random.int(0, 5);
    sources.push({ id: `F${i}`, partner: payer.id, soort: structural ? 'structureel' : i % 2 ? 'incidenteel' : 'resultaatfinanciering', from, to: structural ? PLAN_END : from + random.int(4, 10) });
  }
  const interventions = [];
  for (let i = 0; i < counts.interventions; i++) {
    const buurt = buurten[i % buurten.length];
    const owners = [partners[(2 * i) % partners.length].id, partners[(2 * i + 1) % partners.length].id, 'gemeente'];
    const start = PLAN_START + random.int(0, 4);
    interventions.push({ id: `int-${i}`, buurt, owners: [...new Set(owners)], start, end: Math.min(PLAN_END, start + random.int(6, 15)), goal: goals[i % goals.length].id, source: sources[i % sources.length].id, lead: partners[(2 * i + 1) % partners.length].id });
  }
  return { buurten, partners, goals, sources, interventions };
}

function render(model, counts, random) {
  const { buurten, partners, goals, sources, interventions } = model;
  const out = [];
  const push = (...lines) => out.push(...lines);
  const kindCount = Math.max(1, counts.findingsPerKind);

  push('# Wijkaanpak voor meerdere buurten; gegenereerd voor de benchmark.', '# Fictief: namen en cijfers zijn verzonnen.', 'wijkplan: 1');
  push(`titel: Wijkaanpak ${buurten.join(', ')} ${PLAN_START}-${PLAN_END}`, 'wijk:');
  push(`  naam: ${buurten.join(', ')}`, '  gemeente: Voorbeeldstad', '  gemeentecode: GM0999');
  push(`  wijkcodes: [${buurten.map((_, i) => `WK0999${String(i).padStart(2, '0')}`).join(', ')}]`, `  inwoners: ${18000 * buurten.length}`);
  push('looptijd:', `  start: ${date(PLAN_START, 1, 1)}`, `  eind: ${date(PLAN_END, 12, 31)}`);
  push('visie: >', '  Over twintig jaar groeien kinderen in deze buurten op met dezelfde kansen als elders in de stad:', '  minder schulden, meer werk, goede woningen en een buurt waar bewoners elkaar kennen.', '');

  push('partners:');
  partners.forEach((partner, i) => {
    if (partner.buurt && i % 12 === 3) push(`  # Partners in ${partner.buurt}`);
    const fields = [`id: ${partner.id}`];
    // WP002: an unknown key with a "did you mean" (a slip of the keyboard).
    fields.push(i === 4 ? `nam: ${partner.naam}` : `naam: ${partner.naam}`, `soort: ${partner.soort}`);
    if (random.chance(0.8)) fields.push(`rol: ${random.pick(VERBS)} van ${random.pick(NOUNS)} in ${partner.buurt ?? 'alle buurten'}`);
    fields.push(`commitment: { tot: ${date(PLAN_END, 12, 31)}, vastgelegd_in: Wijkakkoord ${PLAN_START - 1} }`);
    // WP206: a partner that is no government and no residents, without a value case.
    const needsValue = !partner.gov && partner.soort !== 'bewoners';
    if (needsValue && !(i >= 5 && i < 5 + kindCount)) fields.push(`belang: ${random.pick(['minder', 'meer', 'betere'])} ${random.pick(NOUNS)} en een stabiele opdracht`);
    // Small plans write partners on one line each, as people do in short plans.
    if (counts.compact) push(`  - { ${fields.map((field) => field.replace(/^(rol|belang|naam|nam): (.*)$/, '$1: "$2"')).join(', ')} }`);
    else push(`  - ${fields[0]}`, ...fields.slice(1).map((field) => `    ${field}`));
  });
  push('');

  push('bestuur:');
  // WP502: adopted by one alderman only.
  push(`  vastgesteld: { door: wethouder, datum: ${date(PLAN_START - 1, 11, 14)}, kenmerk: RV-${PLAN_START - 1}-117 }`);
  push('  portefeuillehouders: [Wethouder Sociaal Domein, Wethouder Wonen]');
  push('  programmamanager:', '    rol: programmamanager wijkaanpak', '    organisatie: gemeente', '    vervanger: strategisch adviseur wijkaanpak');
  push(`  stuurgroep: [${partners.slice(0, Math.min(10, partners.length)).map((p) => p.id).join(', ')}]`);
  push('  afspraken:', '    budget: één ontschot wijkbudget bij de gemeente, meerjarig vastgelegd', '    mandaat: de programmamanager besluit over inzet binnen het wijkbudget', '    samenwerking: vaste stuurgroep, kwartaaloverleg van de uitvoerders');
  push('  inbedding: >', '    De wijkaanpak is de werkwijze van de lijnorganisatie: elke vakafdeling heeft een', '    wijkcoördinator en het wijkbudget staat in de reguliere begroting.', '');

  push('doelen:');
  goals.forEach((goal, i) => {
    if (i % 10 === 0) push(`  # Doelen, deel ${i / 10 + 1}`);
    push(`  - id: ${goal.id}`, `    titel: ${goal.titel}`, `    domein: ${goal.domein}`, '    indicatoren:');
    goal.indicators.forEach((indicator, j) => {
      const target = indicator.down ? Math.max(1, indicator.base - random.int(2, 8)) : indicator.base + random.int(2, 8);
      push(`      - id: ${indicator.id}`, `        naam: ${indicator.soort === 'outcome' ? 'Aandeel' : 'Aantal'} ${random.pick(NOUNS)} (${indicator.id})`);
      push(`        soort: ${indicator.soort}`, `        eenheid: ${indicator.soort === 'outcome' ? 'procent' : 'aantal'}`, `        richting: ${indicator.down ? 'omlaag' : 'omhoog'}`);
      if (random.chance(0.6)) push(`        bron: ${random.pick(['CBS', 'Leefbaarometer', 'eigen enquête', '"GGD-monitor: volwassenen"'])}`);
      // WP401 and WP404 on the first indicators.
      if (!(j === 0 && i > 0 && i <= kindCount)) push(`        nulmeting: { waarde: ${indicator.base}, datum: ${date(PLAN_START - 1, random.int(1, 12), random.int(1, 28))} }`);
      if (!(j === 0 && i > kindCount && i <= 2 * kindCount)) push(`        streefwaarden: [{ jaar: ${PLAN_START + 5}, waarde: ${target} }, { jaar: ${PLAN_START + 15}, waarde: ${target} }]`);
    });
  });
  push('');

  push('interventies:');
  interventions.forEach((intervention, i) => {
    // Intervention i >= 1 carries planted finding PLANTED[(i - 1) / kindCount]: the first
    // kinds cover different categories, so even a small plan has one of each.
    const slot = Math.floor((i - 1) / kindCount);
    const plant = (k) => i >= 1 && PLANTED[slot] === k;
    if (i % 8 === 0) push(`  # Interventies in ${intervention.buurt}`);
    // One finding is silenced in the file, with a reason: WP201 on a single owner.
    if (plant(0)) push('  # wijkplan-disable-next-line WP201 -- de corporatie draagt dit alleen, afgesproken in het wijkakkoord');
    push(`  - id: ${plant(1) && (i - 1) % kindCount === 0 ? 'int-0' : intervention.id}`); // WP003 once: a second int-0.
    push(`    naam: ${random.pick(VERBS)} van ${random.pick(NOUNS)} in ${intervention.buurt}`);
    if (random.chance(0.3)) push('    beschrijving: >', `      Professionals en ervaringsdeskundigen ${random.pick(VERBS)} ${random.pick(NOUNS)},`, `      samen met ${random.pick(NOUNS)} uit ${intervention.buurt}.`);
    // WP702: an intervention without goals.
    if (!plant(2)) push(`    doelen: [${intervention.goal}]`);
    const owners = plant(0) || plant(3) ? [intervention.owners[0]] : intervention.owners;
    push(`    eigenaars: [${owners.join(', ')}]`);
    // WP202: a lead without a deputy.
    const deputy = plant(4) ? '' : `, vervanger: teamleider ${intervention.buurt}`;
    push(`    trekker: { rol: projectleider ${random.pick(NOUNS)}, organisatie: ${plant(5) ? 'onbekende-partner' : intervention.lead}${deputy} }`);
    // WP008: a period that runs past the plan's end.
    const end = plant(6) ? PLAN_END + 2 : intervention.end;
    push(`    looptijd: { start: ${date(intervention.start, 1, 1)}, eind: ${date(end, 12, 31)} }`);
    push(`    begroting: [{ van: ${intervention.start}, tot_en_met: ${Math.min(end, PLAN_END)}, bedrag: ${random.int(2, 40) * 5000} }]`);
    // WP309: a budget without funding.
    if (!plant(7)) push(`    financiering: [F0${intervention.source !== 'F0' ? `, ${intervention.source}` : ''}]`);
    // WP101, WP103, WP106: no continuation, no decision date, phasing out without maintenance.
    if (!plant(8)) {
      const strategie = plant(10) ? 'afbouwen' : random.pick(['inbedden', 'inbedden', 'overdragen', 'opschalen']);
      push('    voortzetting:', `      strategie: ${strategie}`);
      if (strategie === 'overdragen') push(`      naar: ${intervention.owners[0]}`);
      if (!plant(9)) push(`      besluitmoment: ${date(Math.max(intervention.start + 1, intervention.end - 2), 6, 30)}`);
      if (random.chance(0.5)) push(`      toelichting: wat werkt gaat over naar de reguliere ${random.pick(['schuldhulp', 'zorg', 'begroting'])}`);
    }
  });
  push('');

  push('financiering:', '  budgethouder: gemeente', '  bronnen:');
  sources.forEach((source, i) => {
    push(`    - id: ${source.id}`, `      naam: ${source.soort === 'structureel' ? 'Wijkbudget' : 'Bijdrage'} ${source.id} van ${source.partner}`);
    push(`      partner: ${source.partner}`, `      soort: ${source.soort}`);
    // The first source is large enough to cover every budget, so WP305 stays quiet.
    const amount = i === 0 ? 400000 * interventions.length : random.int(5, 50) * 10000;
    push(`      bedragen: [{ van: ${source.from}, tot_en_met: ${source.to}, bedrag: ${amount} }]`);
    // WP304: a source without goals.
    if (!(i >= 1 && i <= kindCount)) push(`      doelen: [${goals[i % goals.length].id}${i === 0 ? '' : `, ${goals[(i + 1) % goals.length].id}`}]`);
  });
  push('  inverdieneffecten:');
  for (let i = 0; i < Math.max(1, Math.round(sources.length / 4)); i++) {
    push(`    - beschrijving: minder uitgaven aan ${random.pick(['bijstand', 'zorg', 'schuldhulp', 'handhaving'])} in ${buurten[i % buurten.length]}`, `      partner: ${partners[i % partners.length].id}`, `      bedrag_per_jaar: ${random.int(2, 30) * 10000}`);
  }
  push('');

  push('evaluatie:', `  nulmeting: { datum: ${date(PLAN_START - 1, 10, 1)}, door: hogeschool }`, '  momenten:');
  for (let i = 0; i < counts.moments; i++) {
    const year = PLAN_START + 1 + Math.floor((i * (PLAN_END - PLAN_START)) / counts.moments);
    const soort = i === counts.moments - 1 ? 'eind' : i % 2 ? 'monitor' : 'tussentijds';
    const buurt = buurten[i % buurten.length];
    // WP410: a moment without `met`; WP008: one moment after the plan's end.
    const met = i === 1 ? '' : `, met: [gemeente, ${partners[(3 + i) % partners.length].id}]`;
    const datum = i === 2 ? date(PLAN_END + 1, 3, 1) : date(year, random.int(1, 12), random.int(1, 28));
    if (i % 3 === 0) push(`    - { datum: ${datum}, soort: ${soort}, door: hogeschool${met}, onderwerp: voortgang in ${buurt} }`);
    else push(`    - datum: ${datum}`, `      soort: ${soort}`, '      door: hogeschool', ...(met ? [`      met: [gemeente, ${partners[(3 + i) % partners.length].id}]`] : []));
  }
  push('  effecten_buiten_wijk: de monitor volgt ook de omliggende wijken, om verplaatsing van problemen te zien', '  successen_delen: jaarlijkse wijkavond en een openbaar dashboard', '');

  // WP603: no support for residents' initiatives; WP701 follows from the goals no intervention names.
  push('bewoners:', '  betrokkenheid: [gebiedsanalyse, wijkagenda, uitvoering, evaluatie]', '');
  return out.join('\n');
}

function countsFor(lines) {
  // Lines per item, roughly: partner 6, goal 4 + 2.5 indicators of 7, intervention 11,
  // source 6, moment 2.5. The rest of the plan is about 60 lines.
  const rest = Math.max(0, lines - 60);
  return {
    buurten: Math.max(1, Math.min(BUURTEN.length, Math.round(lines / 700))),
    partners: Math.max(5, Math.round((rest * 0.12) / 6)),
    goals: Math.max(2, Math.round((rest * 0.3) / 21)),
    interventions: Math.max(4, Math.round((rest * 0.36) / 11)),
    sources: Math.max(2, Math.round((rest * 0.14) / 6)),
    moments: Math.max(3, Math.round((rest * 0.08) / 2.5)),
    findingsPerKind: lines >= 5000 ? 2 : 1,
    compact: lines < 300,
  };
}

/** A plan of about `lines` lines; the same `seed` and `lines` always give the same text. */
export function generatePlan({ lines = 1000, seed = 1 } = {}) {
  let counts = countsFor(lines);
  let text = '';
  for (let round = 0; round < 3; round++) {
    const random = createRandom(seed * 7919 + lines);
    text = `${render(buildModel(counts, random), counts, random)}\n`;
    const actual = text.split('\n').length - 1;
    if (Math.abs(actual - lines) / lines < 0.03) break;
    const factor = lines / actual;
    const scale = (n, min) => Math.max(min, Math.round(n * factor));
    counts = { ...counts, partners: scale(counts.partners, 5), goals: scale(counts.goals, 2), interventions: scale(counts.interventions, 4), sources: scale(counts.sources, 2), moments: scale(counts.moments, 3) };
  }
  return text;
}

/** The benchmark sizes, by name. */
export const SIZES = { '100': 100, '1k': 1000, '10k': 10000, '50k': 50000 };

/** `count` typical plans (150 to 400 lines) as a province might have them. */
export function generateProvince(count = 1000, seed = 2026) {
  const random = createRandom(seed);
  const plans = [];
  for (let i = 0; i < count; i++) plans.push({ name: `plan-${String(i).padStart(4, '0')}.wijkplan.yaml`, text: generatePlan({ lines: random.int(150, 400), seed: seed + i }) });
  return plans;
}

/** Writes every size and the province into `outDir`; returns the paths. */
export function writeAll(outDir, { province = 1000 } = {}) {
  fs.mkdirSync(path.join(outDir, 'province'), { recursive: true });
  const files = {};
  for (const [name, lines] of Object.entries(SIZES)) {
    const file = path.join(outDir, `plan-${name}.wijkplan.yaml`);
    const text = generatePlan({ lines, seed: 1 });
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    files[name] = file;
  }
  const provinceDir = path.join(outDir, 'province');
  const wanted = new Set();
  for (const plan of generateProvince(province)) {
    const file = path.join(provinceDir, plan.name);
    wanted.add(plan.name);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== plan.text) fs.writeFileSync(file, plan.text);
  }
  for (const name of fs.readdirSync(provinceDir)) if (!wanted.has(name)) fs.rmSync(path.join(provinceDir, name));
  return { files, provinceDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '.generated');
  const { files, provinceDir } = writeAll(outDir);
  for (const [name, file] of Object.entries(files)) console.log(`${name.padEnd(4)} ${file}`);
  console.log(`1000 plans in ${provinceDir}`);
}
