import { app } from './app.js';
import { batch } from './batch.js';
import { caption } from './caption.js';
import { checks } from './checks.js';
import { cli } from './cli.js';
import { errors } from './errors.js';
import { glossary } from './glossary.js';
import { report } from './report.js';
import { verdict } from './verdict.js';
import { zones } from './zones.js';

/** The English catalogue: the reference every other language must match key for key. */
export const en = { app, batch, caption, checks, cli, errors, glossary, report, verdict, zones };
