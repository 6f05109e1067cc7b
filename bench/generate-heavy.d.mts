// Types for generate-heavy.mjs, so TypeScript tests can use the generator.
export function generateHeavyPlan(options?: { lines?: number; seed?: number; rate?: number }): string;
export function writeHeavy(outDir: string): Record<string, string>;
export function writeFolded(outDir: string, sourceFile: string, name: string): string;
