import type { FormatName } from '../args';
import type { Paint } from '../color';
import type { CheckReport } from '../report';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

/** Every check report format, from the same findings. Colour only ever reaches stylish. */
export function formatReport(format: FormatName, report: CheckReport, paint: Paint): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, paint);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'junit':
      return formatJunit(report);
  }
}
