// Fuzz suite of the limitation module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('limitation');
