// Fuzz suite of the money module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('money');
