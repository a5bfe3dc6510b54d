// Fuzz suite of the dunning module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('dunning');
