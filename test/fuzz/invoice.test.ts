// Fuzz suite of the invoice module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('invoice');
