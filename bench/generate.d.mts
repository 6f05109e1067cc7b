// Types for generate.mjs, so TypeScript tests can use the generator.
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export function createRandom(seed: number): Random;
export function generatePlan(options?: { lines?: number; seed?: number }): string;
export const SIZES: Record<string, number>;
export function generateProvince(count?: number, seed?: number): Array<{ name: string; text: string }>;
export function writeAll(outDir: string, options?: { province?: number }): { files: Record<string, string>; provinceDir: string };
