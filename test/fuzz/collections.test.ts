// Fuzz suite of the collections module (issue 15); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('collections');
