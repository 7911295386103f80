import { z } from 'zod';
import { LANGS } from '../i18n/lang.js';
import type { ApiMethod } from './contract.js';

const path = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte');
const profile = z.string().min(1).max(40);
const runId = z.number().int().positive();
const none = z.object({}).strict();
const lang = z.enum(LANGS).optional();

/** Every argument crossing IPC or HTTP is checked here before any handler sees it. */
export const ARG_SCHEMAS = {
  environment: z.object({ lang }).strict(),
  profiles: none,
  check: z
    .object({ inputs: z.array(path).min(1).max(10_000), profile, noCache: z.boolean().optional(), lang })
    .strict(),
  cancel: z.object({ batchId: z.string().min(1).max(100) }).strict(),
  runs: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  run: z.object({ runId, lang }).strict(),
  rescore: z.object({ runId, profile, save: z.boolean().optional(), lang }).strict(),
  deleteRun: z.object({ runId }).strict(),
  labelRun: z.object({ runId, label: z.string().max(1000) }).strict(),
  draftHistory: z.object({ path }).strict(),
  // The caption's own limit (100 KB) is checked by the use case, with its message; this only bounds the request.
  setCaption: z
    .object({
      runId,
      path,
      text: z.string().max(200_000),
      saveTo: z.enum(['file', 'history']),
      profile: profile.optional(),
      lang,
    })
    .strict(),
  pictures: z
    .object({ path, durationSec: z.number().positive().max(1e6), hookWindowSec: z.number().positive().max(60) })
    .strict(),
  recentFolders: none,
  exportReport: z
    .object({
      runId,
      format: z.enum(['html', 'pdf', 'csv', 'json']),
      profile: profile.optional(),
      path: path.optional(),
      lang,
    })
    .strict(),
  pickPaths: z.object({ kind: z.enum(['files', 'folder']) }).strict(),
  browse: z.object({ path: path.optional() }).strict(),
  reveal: z.object({ path }).strict(),
} satisfies Record<ApiMethod, z.ZodType>;
