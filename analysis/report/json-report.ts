import { buildResultDocument, toContractFile, type ContractFile, type ResultDocument } from './json-contract.js';
import type { DraftReport, ReportModel } from './model.js';

/** Version of the report file's own envelope; the results inside follow the public contract's schemaVersion. */
export const REPORT_SCHEMA_VERSION = 1;

export interface ReportEnvelope {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generatedAt: string;
  generator: string;
}

/** The public contract (what `check --json` prints) plus a `report` block with its own schemaVersion. */
export type JsonReport = ResultDocument & { report: ReportEnvelope };

const envelope = (model: ReportModel): ReportEnvelope => ({
  schemaVersion: REPORT_SCHEMA_VERSION,
  generatedAt: model.generatedAt,
  generator: `Preflight ${model.preflightVersion}`,
});

export function renderJsonReport(model: ReportModel): string {
  const document: JsonReport = {
    report: envelope(model),
    ...buildResultDocument(model.profile.id, model.results, model.run, model.skipped, model.words.lang),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export type SidecarDocument = Omit<ResultDocument, 'summary' | 'files' | 'skipped'> & {
  report: ReportEnvelope;
  file: ContractFile;
};

/** `<draft>.preflight.json`: the same fields for one draft. */
export function renderSidecar(model: ReportModel, draft: DraftReport): string {
  const {
    summary: _summary,
    files: _files,
    skipped: _skipped,
    ...head
  } = buildResultDocument(model.profile.id, [draft.result], model.run, [], model.words.lang);
  const document: SidecarDocument = { report: envelope(model), ...head, file: toContractFile(draft.result) };
  return `${JSON.stringify(document, null, 2)}\n`;
}
