/**
 * A new plan that passes the schema and shows every section, for `wijkplan init` and the
 * editor's "new plan" command. Every text the user must write is a placeholder (format.md
 * 1.1), so WP801 points at each place to write and the untouched template scores at most 40.
 */
export const PLAN_TEMPLATE = `# Nieuw wijkplan. Vul de teksten in; Wijkplan vertelt wat er nog ontbreekt voor borging.
# New neighbourhood plan. Fill in the texts; Wijkplan tells what is still missing.
wijkplan: 1
titel: (titel van het plan, bijvoorbeeld "Wijkaanpak" en de naam van de wijk)
wijk:
  naam: (naam van de wijk)
  gemeente: (gemeente)
looptijd:
  start: 2026-01-01
  eind: 2045-12-31
visie: >
  (Waar staat de wijk over twintig jaar? Beschrijf het resultaat, niet de projecten.)

partners:
  - id: gemeente
    naam: (naam van de gemeente)
    soort: gemeente
    rol: (wat doet de gemeente in het plan?)
    commitment: { tot: 2045-12-31, vastgelegd_in: (naam van de overeenkomst) }
  - id: corporatie
    naam: (naam van de woningcorporatie)
    soort: corporatie
    rol: (wat doet de corporatie in het plan?)
    commitment: { tot: 2045-12-31, vastgelegd_in: (naam van de overeenkomst) }
    belang: (wat levert meedoen de corporatie op?)
  - id: welzijn
    naam: (naam van de welzijnsorganisatie)
    soort: welzijn
    rol: (wat doet de welzijnsorganisatie in het plan?)
    commitment: { tot: 2045-12-31, vastgelegd_in: (naam van de overeenkomst) }
    belang: (wat levert meedoen de welzijnsorganisatie op?)

bestuur:
  vastgesteld: { door: gemeenteraad, datum: 2025-12-15 }
  portefeuillehouders: [(eerste wethouder), (tweede wethouder)]
  programmamanager: { rol: (rol van de programmamanager), organisatie: gemeente, vervanger: (rol van de vervanger) }
  stuurgroep: [gemeente, corporatie, welzijn]
  afspraken:
    budget: (hoe het wijkbudget is geregeld)
    mandaat: (wat de programmamanager zelf mag besluiten)
    samenwerking: (hoe de partners samenwerken)
  inbedding: (hoe de aanpak in de lijnorganisatie is ingebed)

doelen:
  - id: D-voorbeeld
    titel: (wat moet er in de wijk veranderen?)
    domein: sociaal
    indicatoren:
      - id: I-voorbeeld
        naam: (wat meet u?)
        soort: outcome
        eenheid: (eenheid, bijvoorbeeld procent)
        richting: omlaag
        bron: (CBS, Leefbaarometer, eigen enquête)
        nulmeting: { waarde: 0, datum: 2025-06-30 }
        streefwaarden: [{ jaar: 2030, waarde: 0 }]
  - id: D-wonen
    titel: (wat moet er aan woningen en buitenruimte veranderen?)
    domein: fysiek
    indicatoren:
      - id: I-wonen
        naam: (wat meet u?)
        soort: outcome
        richting: omhoog
        nulmeting: { waarde: 0, datum: 2025-06-30 }
        streefwaarden: [{ jaar: 2030, waarde: 1 }]

interventies:
  - id: voorbeeld
    naam: (naam van de interventie)
    doelen: [D-voorbeeld, D-wonen]
    eigenaars: [gemeente, welzijn]
    trekker: { rol: (rol van de trekker), organisatie: welzijn, vervanger: (rol van de vervanger) }
    begroting: [{ van: 2026, tot_en_met: 2045, bedrag: 100000 }]
    financiering: [F-gemeente]
    voortzetting:
      strategie: inbedden
      besluitmoment: 2044-06-30
      toelichting: (wie neemt het werk over na de looptijd?)

financiering:
  budgethouder: gemeente
  bronnen:
    - id: F-gemeente
      naam: (naam van de begrotingspost)
      partner: gemeente
      soort: structureel
      bedragen: [{ van: 2026, tot_en_met: 2045, bedrag: 60000 }]
      doelen: [D-voorbeeld]
    - id: F-corporatie
      naam: (naam van de bijdrage van de corporatie)
      partner: corporatie
      soort: structureel
      bedragen: [{ van: 2026, tot_en_met: 2045, bedrag: 40000 }]
      doelen: [D-wonen]
  inverdieneffecten:
    - beschrijving: (welke kosten elders dalen door deze aanpak?)
      partner: gemeente

evaluatie:
  nulmeting: { datum: 2025-06-30, door: gemeente }
  momenten:
    - { datum: 2027-12-01, soort: tussentijds, door: gemeente, met: [corporatie, welzijn] }
  effecten_buiten_wijk: (hoe volgt u verplaatsing van problemen naar andere wijken?)
  successen_delen: (hoe deelt u resultaten met bewoners en andere wijken?)

bewoners:
  betrokkenheid: [gebiedsanalyse, wijkagenda, uitvoering]
  wijkinitiatieven: (hoe ondersteunt u initiatieven van bewoners?)
`;
