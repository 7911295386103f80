import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../analysis/cli/main.js';
import { buildProgram } from '../../../analysis/cli/program.js';

describe('the entry', () => {
  it('knows the program’s commands by name without loading it (which bundle and which kept code to use)', () => {
    const program = buildProgram(() => undefined);
    expect([...COMMANDS].sort()).toEqual(program.commands.map((command) => command.name()).sort());
  });
});
