import type { ContractRun } from '../report/json-contract.js';
import type { RunSummary } from '../store/types.js';

/** The run fields the public JSON document carries. */
export const contractRunOf = (run: RunSummary): ContractRun => ({
  id: run.id,
  kind: run.kind,
  status: run.status,
  startedAt: run.startedAt,
  sourceRunId: run.sourceRunId,
  total: run.total,
});
