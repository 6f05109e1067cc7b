/**
 * What makes a file a plan by its name (format.md: `*.wijkplan.yaml` or `*.wijkplan.yml`), in
 * any case: the editor, its workspace scan and the CLI's folder walk all use this one pattern, so
 * `OOST.WIJKPLAN.YAML` is a plan everywhere or nowhere.
 */
export const PLAN_FILE_NAME = /\.wijkplan\.ya?ml$/i;
