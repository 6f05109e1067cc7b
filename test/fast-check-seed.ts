// Property tests run with one fixed seed, so a CI run is repeatable; FC_SEED=<n> explores
// another (npm run fuzz runs long random searches).
import fc from 'fast-check';

fc.configureGlobal({ seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261123 });
