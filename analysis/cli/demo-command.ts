import { english, type Words } from '../i18n/words.js';
import type { Profile } from '../profiles/types.js';
import { DEMO_RECIPES } from '../samples/demo-recipes.js';
import { generateSample } from '../samples/generate.js';
import { runCheckCommand } from './check-command.js';

export { defaultDemoDir } from './demo-dir.js';

/** `preflight demo`: make the sample drafts once (bundled ffmpeg), then check them like any folder. */
export async function runDemoCommand(
  dir: string,
  options: { profile: Profile; json: boolean; words?: Words },
): Promise<number> {
  const words = options.words ?? english();
  process.stderr.write(`${words.t('cli.demo.samples', { dir })}\n`);
  for (const recipe of DEMO_RECIPES) {
    process.stderr.write(`  ${recipe.name}${recipe.about ? ` — ${recipe.about}` : ''}\n`);
    await generateSample(recipe, dir);
  }
  process.stderr.write('\n');
  await runCheckCommand([dir], { profile: options.profile, json: options.json, failOn: 'never', words });
  return 0;
}
