import type { Lang, LocalizedText } from '../core/types';

/**
 * Something that stops the command from doing (part of) its job: exit code 2. The text is
 * one line that names the cause; `path` names the file or option it is about.
 */
export class CliError extends Error {
  constructor(
    readonly text: LocalizedText,
    readonly path?: string,
  ) {
    super(text.en);
  }

  render(lang: Lang): string {
    return this.path ? `${this.path}: ${this.text[lang]}` : this.text[lang];
  }
}

/** The exit-2 problems of one run; they are printed as they come and the run goes on. */
export class Problems {
  readonly list: CliError[] = [];

  constructor(
    private readonly lang: Lang,
    private readonly write: (line: string) => void,
  ) {}

  add(error: CliError): void {
    this.list.push(error);
    this.write(`wijkplan: ${oneLine(error.render(this.lang))}\n`);
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}

/** Keeps a message on one line, whatever an operating system error put in it. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A short cause for a node file system error, by its code. */
export function describeIoError(error: unknown): LocalizedText {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { nl: 'bestaat niet', en: 'does not exist' };
    case 'EACCES':
    case 'EPERM':
      return { nl: 'kan niet worden gelezen: geen toestemming (permission denied)', en: 'cannot be read: permission denied' };
    case 'EISDIR':
      return { nl: 'kan niet worden gelezen: het is een map, geen bestand', en: 'cannot be read: it is a folder, not a file' };
    case 'ELOOP':
      return { nl: 'kan niet worden gelezen: een kring van symbolische koppelingen', en: 'cannot be read: a loop of symbolic links' };
    case 'ENOTDIR':
      return { nl: 'bestaat niet: een deel van het pad is geen map', en: 'does not exist: part of the path is not a folder' };
    default: {
      const detail = error instanceof Error ? oneLine(error.message) : String(error);
      return { nl: `kan niet worden gelezen: ${detail}`, en: `cannot be read: ${detail}` };
    }
  }
}
