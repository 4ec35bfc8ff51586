/** Benchmark section for the ner layer: returns Markdown for docs/BENCHMARKS.md. PLACEHOLDER until implemented. */
export async function run(): Promise<string> {
  return '';
}
