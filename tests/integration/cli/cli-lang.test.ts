import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../../analysis/report/json-report.js';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { ensureFixture, zeroBytePath } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/cli.js';
import { parseCsv } from '../../helpers/csv.js';

let work: string;
let drafts: string;
let db: string;

/** `preflight …` on this file's own history, in the locale given (vitest's own is C.UTF-8: English). */
const preflight = (args: string[], env: NodeJS.ProcessEnv = {}) => runPreflight([...args, '--db', db], env);
/** A locale set only by LANG: nothing above it (LC_ALL, LC_MESSAGES) decides. */
const onlyLang = (lang: string): NodeJS.ProcessEnv => ({ LC_ALL: '', LC_MESSAGES: '', LANG: lang });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-cli-lang-'));
  drafts = mkdtempSync(join(work, 'drafts-'));
  db = join(work, 'history.db');
  copyFileSync(await ensureFixture(F.blackOpening), join(drafts, 'a black opening.mp4'));
  copyFileSync(await ensureFixture(F.dur8), join(drafts, 'b short.mp4'));
  copyFileSync(zeroBytePath(), join(drafts, 'c empty.mp4'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('preflight in Italian', () => {
  it('--lang it prints the table, findings and summary in Italian, figures with a decimal comma', () => {
    const run = preflight(['check', drafts, '--profile', 'reels', '--lang', 'it']);
    expect(run.code).toBe(1);
    const [header, first, second, third] = run.stdout.split('\n');
    expect(header).toMatch(/^#\s+Bozza\s+Esito\s+Punti\s+Dur\s/);
    expect(first).toMatch(/a black opening\.mp4\s+da correggere\s+\d+\s+! \d+,\ds/);
    expect(second).toMatch(/b short\.mp4\s+da rivedere\s+\d+\s+! 8,0s/);
    expect(third).toMatch(/c empty\.mp4\s+errore$/);
    expect(run.stdout).toMatch(/✗ Gancio \(primi secondi\): Gancio debole: .*2,00 s/);
    expect(run.stdout).toMatch(/! Durata: Con 8,0 s è /);
    expect(run.stdout).toMatch(/✗ File vuoto: Il file è vuoto \(0 byte\)/);
    expect(run.stdout).toContain('3 bozze controllate per Instagram Reels: 1 da rivedere, 1 da correggere, 1 errore');
    expect(run.stdout).not.toMatch(/\d\.\d s/);
    expect(run.stderr).toMatch(/^Salvata come analisi n\. 1( |\.)/m);
  });

  it('LANG=it_IT.UTF-8 alone gives Italian; LC_ALL=en_US.UTF-8 wins over it', () => {
    const italian = preflight(['check', drafts, '--fail-on', 'never'], onlyLang('it_IT.UTF-8'));
    expect(italian.stdout).toMatch(/^#\s+Bozza\s+Esito\s+Punti/);
    expect(italian.stdout).toContain('3 bozze controllate per TikTok');
    expect(italian.stderr).toMatch(
      /Salvata come analisi n\. 2 \(2 bozze su 3 prese dalla cache, senza decodificarle\)\./,
    );
    const english = preflight(['check', drafts, '--fail-on', 'never'], {
      LC_ALL: 'en_US.UTF-8',
      LANG: 'it_IT.UTF-8',
    });
    expect(english.stdout).toMatch(/^#\s+Draft\s+Verdict\s+Score/);
    expect(english.stdout).toContain('3 drafts checked for TikTok');
    expect(english.stdout).toMatch(/Duration: 8\.0 s /);
    expect(english.stderr).toMatch(/Saved as run 3 \(2 of 3 from the cache, not decoded\)\./);
    // history, like every command, speaks the locale's language and writes dates in it
    const history = preflight(['history'], onlyLang('it_IT.UTF-8'));
    expect(history.stdout).toMatch(/^\s+n\.\s+avviata\s+profilo\s+stato\s+risultati$/m);
    expect(history.stdout).toMatch(/^\s+1\s+.+\s+reels\s+completata\s+0 OK, 1 da rivedere, 1 da correggere, 1 errore/m);
  });

  it('--json --lang it: lang "it", ids, codes and field names in English, titles and messages in Italian', () => {
    const run = preflight(['check', drafts, '--json', '--lang', 'it', '--fail-on', 'never']);
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc).toMatchObject({ schemaVersion: 1, profile: 'tiktok', lang: 'it', summary: { total: 3, error: 1 } });
    const short = doc.files.find((f) => f.path.endsWith('b short.mp4'))!;
    expect(short).toMatchObject({ status: 'analyzed', verdict: 'warn' });
    const duration = short.checks!.find((c) => c.id === 'duration')!;
    expect(duration).toMatchObject({ id: 'duration', status: 'warn', title: 'Durata', valueText: '8,0 s' });
    expect(duration.message).toMatch(/^Con 8,0 s è fuori dall/);
    expect(short.checks!.map((c) => c.id)).toContain('spec.frame-rate');
    const empty = doc.files.find((f) => f.path.endsWith('c empty.mp4'))!;
    expect(empty.error).toMatchObject({ code: 'empty-file', message: expect.stringMatching(/^Il file è vuoto/) });
    // The same run in English says the same things in English.
    const english = JSON.parse(preflight(['check', drafts, '--json', '--fail-on', 'never']).stdout) as ResultDocument;
    expect(english.lang).toBe('en');
    expect(english.files.find((f) => f.path.endsWith('b short.mp4'))!.checks![0]!.title).toBe('Duration');
  });

  it('--lang fr is a usage error that lists the languages, in the locale language', () => {
    const english = preflight(['check', drafts, '--lang', 'fr']);
    expect(english.code).toBe(2);
    expect(english.stdout).toBe('');
    expect(english.stderr).toContain(
      "error: option '--lang <code>' argument 'fr' is invalid. Allowed choices are en, it.",
    );
    const italian = preflight(['--lang=fr', 'history'], onlyLang('it_IT.UTF-8'));
    expect(italian.code).toBe(2);
    expect(italian.stderr).toContain(
      "errore: il valore 'fr' non va bene per l’opzione '--lang <code>'. Valori ammessi: en, it.",
    );
  });

  it('help, usage errors and refusals are in the chosen language', () => {
    const help = preflight(['check', '--help', '--lang', 'it']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Uso: preflight check \[opzioni\] <percorsi\.\.\.>/);
    const serve = preflight(['serve', '--help']);
    // The port's default is said once, in words ("a free one"), not also as commander's "(default: 0)".
    expect(serve.stdout).toContain('port to listen on (default: a free one)\n');
    expect(help.stdout).toContain('Opzioni:');
    expect(help.stdout).toMatch(
      /esci con 1 quando una bozza arriva a questo esito\s+\(valori: "warn", "fail", "never",\s+predefinito: "fail"\)/,
    );
    const usage = preflight(['check', drafts, '--concurrency', '0', '--lang', 'it']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('serve un numero intero da 1 a 64');
    const missing = preflight(['show', '999', '--lang', 'it']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^preflight: In .* non c’è nessuna analisi n\. 999/);
  });

  it('report writes an Italian run in Italian, unless --lang en', () => {
    const id = (
      JSON.parse(preflight(['check', drafts, '--json', '--lang', 'it', '--fail-on', 'never']).stdout) as ResultDocument
    ).run!.id;
    // The reader's locale is English: what is said on stderr is English, the report is the run's Italian.
    const italian = preflight(['report', String(id), '--out', join(work, 'it.csv')]);
    expect(italian.code).toBe(0);
    expect(italian.stderr).toContain(`Report written: ${join(work, 'it.csv')}`);
    const [header, ...rows] = parseCsv(readFileSync(join(work, 'it.csv'), 'utf8'));
    const short = rows.find((r) => r[header!.indexOf('name')] === 'b short.mp4')!;
    expect(short[header!.indexOf('duration advice')]).toMatch(/^Con 8,0 s è fuori dall/);
    preflight(['report', String(id), '--out', join(work, 'it.json')]);
    const json = JSON.parse(readFileSync(join(work, 'it.json'), 'utf8')) as JsonReport;
    expect(json.files.find((f) => f.path.endsWith('b short.mp4'))!.checks![0]).toMatchObject({
      id: 'duration',
      title: 'Durata',
    });

    const english = preflight(['report', String(id), '--out', join(work, 'en.csv'), '--lang', 'en']);
    expect(english.code).toBe(0);
    const [enHeader, ...enRows] = parseCsv(readFileSync(join(work, 'en.csv'), 'utf8'));
    const enShort = enRows.find((r) => r[enHeader!.indexOf('name')] === 'b short.mp4')!;
    expect(enShort[enHeader!.indexOf('duration advice')]).toMatch(/^8\.0 s is outside/);
    preflight(['report', String(id), '--out', join(work, 'en.json'), '--lang', 'en']);
    const enJson = JSON.parse(readFileSync(join(work, 'en.json'), 'utf8')) as JsonReport;
    expect(enJson.files.find((f) => f.path.endsWith('b short.mp4'))!.checks![0]!.title).toBe('Duration');

    // Asked in Italian, the messages on stderr are Italian too.
    const said = preflight(['report', String(id), '--out', join(work, 'again.csv'), '--lang', 'it']);
    expect(said.stderr).toMatch(/Report scritto: .*again\.csv \(3 bozze in \d+(,\d)? (ms|s), \d+(,\d)? ms per bozza\)/);
  });
});
