// Placeholder until the extraction stage lands (issue 3).
export async function runEval(_opts: { goldDir: string; files: string[]; verbose?: boolean }): Promise<{ macroF1: number; text: string }> {
  throw new Error('eval is not implemented yet');
}
