// Fuzz suite of the deposit module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('deposit');
