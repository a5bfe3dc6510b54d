// Fuzz suite of the dates module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('dates');
