// Fuzz suite of the rates module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('rates');
