/**
 * A new plan that passes the schema and shows every section, for `wijkplan init` and the
 * editor's "new plan" command. Every text the user must write is a placeholder (format.md
 * 1.1) from the one skeleton source (skeletons.ts), so WP801 points at each place to write
 * and the untouched template scores at most 40. Dates, amounts, ids and enum values are
 * example choices the user checks; they are valid, so the template passes the schema.
 */
import { skeleton, yamlText, type SkeletonPath, type VariantOf } from './skeletons';

/** A skeleton as a block value. */
const t = <P extends SkeletonPath>(path: P, variant?: VariantOf<P>): string => yamlText(skeleton(path, variant));
/** A skeleton as a value inside `{ … }` or `[ … ]`. */
const f = <P extends SkeletonPath>(path: P, variant?: VariantOf<P>): string => yamlText(skeleton(path, variant), true);

export const PLAN_TEMPLATE = `# Nieuw wijkplan. Vul de teksten in; Wijkplan vertelt wat er nog ontbreekt voor borging.
# New neighbourhood plan. Fill in the texts; Wijkplan tells what is still missing.
wijkplan: 1
titel: ${t('/titel')}
wijk:
  naam: ${t('/wijk/naam')}
  gemeente: ${t('/wijk/gemeente')}
looptijd:
  start: 2026-01-01
  eind: 2045-12-31
visie: ${t('/visie')}

partners:
  - id: gemeente
    naam: ${t('/partners/*/naam', 'gemeente')}
    soort: gemeente
    rol: ${t('/partners/*/rol', 'gemeente')}
    commitment: { tot: 2045-12-31, vastgelegd_in: ${f('/partners/*/commitment/vastgelegd_in')} }
  - id: corporatie
    naam: ${t('/partners/*/naam', 'corporatie')}
    soort: corporatie
    rol: ${t('/partners/*/rol', 'corporatie')}
    commitment: { tot: 2045-12-31, vastgelegd_in: ${f('/partners/*/commitment/vastgelegd_in')} }
    belang: ${t('/partners/*/belang', 'corporatie')}
  - id: welzijn
    naam: ${t('/partners/*/naam', 'welzijn')}
    soort: welzijn
    rol: ${t('/partners/*/rol', 'welzijn')}
    commitment: { tot: 2045-12-31, vastgelegd_in: ${f('/partners/*/commitment/vastgelegd_in')} }
    belang: ${t('/partners/*/belang', 'welzijn')}

bestuur:
  vastgesteld: { door: gemeenteraad, datum: 2025-12-15 }
  portefeuillehouders: [${f('/bestuur/portefeuillehouders/*', 'eerste')}, ${f('/bestuur/portefeuillehouders/*', 'tweede')}]
  programmamanager: { rol: ${f('/bestuur/programmamanager/rol')}, organisatie: gemeente, vervanger: ${f('/bestuur/programmamanager/vervanger')} }
  stuurgroep: [gemeente, corporatie, welzijn]
  afspraken:
    budget: ${t('/bestuur/afspraken/budget')}
    mandaat: ${t('/bestuur/afspraken/mandaat')}
    samenwerking: ${t('/bestuur/afspraken/samenwerking')}
  inbedding: ${t('/bestuur/inbedding')}

doelen:
  - id: D-voorbeeld
    titel: ${t('/doelen/*/titel')}
    domein: sociaal
    indicatoren:
      - id: I-voorbeeld
        naam: ${t('/doelen/*/indicatoren/*/naam')}
        soort: outcome
        eenheid: ${t('/doelen/*/indicatoren/*/eenheid')}
        richting: omlaag
        bron: ${t('/doelen/*/indicatoren/*/bron')}
        nulmeting: { waarde: 0, datum: 2025-06-30 }
        streefwaarden: [{ jaar: 2030, waarde: 0 }]
  - id: D-wonen
    titel: ${t('/doelen/*/titel', 'fysiek')}
    domein: fysiek
    indicatoren:
      - id: I-wonen
        naam: ${t('/doelen/*/indicatoren/*/naam')}
        soort: outcome
        richting: omhoog
        nulmeting: { waarde: 0, datum: 2025-06-30 }
        streefwaarden: [{ jaar: 2030, waarde: 1 }]

interventies:
  - id: voorbeeld
    naam: ${t('/interventies/*/naam')}
    doelen: [D-voorbeeld, D-wonen]
    eigenaars: [gemeente, welzijn]
    trekker: { rol: ${f('/interventies/*/trekker/rol')}, organisatie: welzijn, vervanger: ${f('/interventies/*/trekker/vervanger')} }
    begroting: [{ van: 2026, tot_en_met: 2045, bedrag: 100000 }]
    financiering: [F-gemeente]
    voortzetting:
      strategie: inbedden
      besluitmoment: 2044-06-30
      toelichting: ${t('/interventies/*/voortzetting/toelichting')}

financiering:
  budgethouder: gemeente
  bronnen:
    - id: F-gemeente
      naam: ${t('/financiering/bronnen/*/naam')}
      partner: gemeente
      soort: structureel
      bedragen: [{ van: 2026, tot_en_met: 2045, bedrag: 60000 }]
      doelen: [D-voorbeeld]
    - id: F-corporatie
      naam: ${t('/financiering/bronnen/*/naam')}
      partner: corporatie
      soort: structureel
      bedragen: [{ van: 2026, tot_en_met: 2045, bedrag: 40000 }]
      doelen: [D-wonen]
  inverdieneffecten:
    - beschrijving: ${t('/financiering/inverdieneffecten/*/beschrijving')}
      partner: gemeente

evaluatie:
  nulmeting: { datum: 2025-06-30, door: gemeente }
  momenten:
    - { datum: 2027-12-01, soort: tussentijds, door: gemeente, met: [corporatie, welzijn] }
  effecten_buiten_wijk: ${t('/evaluatie/effecten_buiten_wijk')}
  successen_delen: ${t('/evaluatie/successen_delen')}

bewoners:
  betrokkenheid: [gebiedsanalyse, wijkagenda, uitvoering]
  wijkinitiatieven: ${t('/bewoners/wijkinitiatieven')}
`;
