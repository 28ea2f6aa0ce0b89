import type { Diagnostic, Severity } from './model.ts';

export interface Position {
  line: number;
  column: number;
}

/** Collects diagnostics for one file. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  warn(at: Position | undefined, message: string, fix: string): void {
    this.add('warning', at, message, fix);
  }

  error(at: Position | undefined, message: string, fix: string): void {
    this.add('error', at, message, fix);
  }

  /** The file is not an episode on purpose; `include` says what would make it one. */
  note(at: Position | undefined, message: string, include: string): void {
    this.add('note', at, message, include);
  }

  /** In file order: whole-file diagnostics first, then by line and column. */
  sorted(): Diagnostic[] {
    return [...this.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  private add(severity: Severity, at: Position | undefined, message: string, fix: string): void {
    this.diagnostics.push({ file: this.file, ...(at && { line: at.line, column: at.column }), severity, message, fix });
  }
}

/** `path:line:col severity message. Fix: …`, the form editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where} ${d.severity} ${d.message}. ${d.severity === 'note' ? 'To include it' : 'Fix'}: ${d.fix}`;
}

/** Longer texts quoted in messages are cut, so that one diagnostic stays one readable line. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
