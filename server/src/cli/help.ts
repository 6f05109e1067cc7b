import type { Lang } from '../core/types';

const NL = `wijkplan — controleert wijkplannen (*.wijkplan.yaml) op borging

Gebruik:
  wijkplan [check] [paden of globs…] [opties]   plannen controleren (standaard: de huidige map)
  wijkplan diff OUD NIEUW [opties]              twee versies van een plan vergelijken
  wijkplan diff OUD NIEUW --format html --output review.html
                                                de wijzigingen als één HTML-pagina
  wijkplan preview BESTAND [--out BESTAND.html]
                                                het plan als één HTML-pagina schrijven
  wijkplan init [BESTAND]                       een nieuw plan uit een sjabloon schrijven
  wijkplan rules [--format json]                alle regels tonen
  wijkplan --help | --version

Een map betekent elk *.wijkplan.yaml/.yml eronder (mappen met een punt en node_modules
worden overgeslagen); een bestand dat u noemt wordt altijd gecontroleerd; globs: * ** ?

Opties voor check:
  --format F        stylish (standaard), json, sarif, github, markdown, junit;
                    herhaalbaar, elk met een eigen --output
  --output BESTAND  het rapport van de vorige --format naar BESTAND schrijven
  --fail-on S       error (standaard), warning, info of never: vanaf welke ernst exit 1
  --min-score N     ook exit 1 als een borgingsscore lager is dan N (0–100)
  --lang nl|en      taal van de bevindingen (standaard nl; en als LANG met en begint)
  --config BESTAND  deze configuratie gebruiken in plaats van .wijkplanrc.yaml/.json zoeken
  --no-color        geen kleur (ook met NO_COLOR); --color dwingt kleur af
  --changed-since REF
                    alleen plannen die sinds REF zijn gewijzigd (git diff REF, plus nieuwe
                    bestanden die git nog niet volgt), met wat er nieuw is sinds REF
  --fail-on-new     exit 1 alleen voor bevindingen die de wijziging heeft toegevoegd
  --fail-on-weaker  exit 1 als de wijziging de borging zwakker maakt (en niet is geaccepteerd)
  --suppress-all    alle bevindingen van nu per plan en code tellen en in
                    wijkplan-suppressions.json schrijven (naast de dichtstbijzijnde
                    .wijkplanrc.yaml/.json, anders in de huidige map); een volgende check
                    laat zoveel bevindingen weg en faalt alleen op wat erbij komt
  --suppress-rule CODE
                    hetzelfde voor één code (herhaalbaar); andere codes in het bestand blijven
  --prune-suppressions
                    de aantallen verlagen tot wat er nu is; plannen die niet meer bestaan
                    gaan uit het bestand
  --suppressions-location BESTAND
                    dit onderdrukkingsbestand lezen en schrijven
  --debug           bij een interne fout de volledige stacktrace tonen

diff kent --format stylish|json|markdown|junit|html, --output, --fail-on-new, --fail-on-weaker, --fail-on, --min-score,
--config en --lang. html is de voorvertoning van de nieuwe versie met de wijzigingen erin: de oude
bedragen per jaar, de oude einddatums en toezeggingen naast de nieuwe, en de lijst van wat er is
veranderd (zwakker eerst). Eén pagina zonder script die niets van buiten laadt; zonder --output
gaat de pagina naar standaarduitvoer.

Exitcodes: 0 in orde; 1 bevindingen vanaf --fail-on of een score onder --min-score;
2 de opdracht kon haar werk niet doen (verkeerde argumenten, een pad of glob zonder
bestanden, een onleesbaar bestand, een ongeldige configuratie of een ongeldig
onderdrukkingsbestand). 2 gaat voor 1. Wat het onderdrukkingsbestand weglaat, telt niet mee.
`;

const EN = `wijkplan — checks neighbourhood plans (*.wijkplan.yaml) for borging

Usage:
  wijkplan [check] [paths or globs…] [options]  check plans (default: the current folder)
  wijkplan diff OLD NEW [options]               compare two versions of a plan
  wijkplan diff OLD NEW --format html --output review.html
                                                the changes as one HTML page
  wijkplan preview FILE [--out FILE.html]       write the plan as one HTML page
  wijkplan init [FILE]                          write a new plan from a template
  wijkplan rules [--format json]                list every rule
  wijkplan --help | --version

A folder means every *.wijkplan.yaml/.yml below it (dot-folders and node_modules are
skipped); a file you name is always checked; globs: * ** ?

Options for check:
  --format F        stylish (default), json, sarif, github, markdown, junit;
                    repeatable, each with its own --output
  --output FILE     write the report of the preceding --format to FILE
  --fail-on S       error (default), warning, info or never: the lowest severity for exit 1
  --min-score N     also exit 1 when a borging score is below N (0–100)
  --lang nl|en      message language (default nl; en when LANG starts with en)
  --config FILE     use this configuration instead of looking up .wijkplanrc.yaml/.json
  --no-color        no colour (also with NO_COLOR); --color forces colour
  --changed-since REF
                    only plans changed since REF (git diff REF, plus new files git does not
                    track yet), with what is new since REF
  --fail-on-new     exit 1 only for findings the change introduced
  --fail-on-weaker  exit 1 when the change makes the borging weaker (and is not accepted)
  --suppress-all    count today's findings per plan and code and write them to
                    wijkplan-suppressions.json (beside the nearest .wijkplanrc.yaml/.json,
                    else in the current folder); a later check leaves that many out and
                    fails only on what comes on top
  --suppress-rule CODE
                    the same for one code (repeatable); other codes in the file stay
  --prune-suppressions
                    lower the counts to what is found now; plans that no longer exist
                    leave the file
  --suppressions-location FILE
                    read and write this suppressions file
  --debug           show the full stack trace on an internal error

diff takes --format stylish|json|markdown|junit|html, --output, --fail-on-new, --fail-on-weaker, --fail-on, --min-score,
--config and --lang. html is the preview of the new version with the changes in it: the old
amounts per year, the old end dates and commitments beside the new, and the list of what changed
(weaker first). One page without script that loads nothing from outside; without --output the
page goes to standard output.

Exit codes: 0 fine; 1 findings at or above --fail-on or a score below --min-score;
2 the command could not do its job (bad arguments, a path or glob without files, an
unreadable file, an invalid configuration or an invalid suppressions file). 2 wins
over 1. What the suppressions file leaves out does not count.
`;

export function helpText(lang: Lang): string {
  return lang === 'nl' ? NL : EN;
}
