/** Benchmark section for the nlp layer: returns Markdown for docs/BENCHMARKS.md. PLACEHOLDER until implemented. */
export async function run(): Promise<string> {
  return '';
}
