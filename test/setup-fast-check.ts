// Property tests run with a fixed seed so that CI is reproducible; set FC_SEED to another number
// (or FC_SEED=random) to explore new cases locally. A failure prints its seed and path to replay.
import fc from 'fast-check';

const env = process.env.FC_SEED;
const seed = env === 'random' ? Date.now() : env !== undefined ? Number(env) : 20261122;
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
