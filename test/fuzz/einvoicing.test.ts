// Fuzz suite of the einvoicing module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('einvoicing');
