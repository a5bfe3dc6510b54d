// Fuzz suite of the text module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('text');
