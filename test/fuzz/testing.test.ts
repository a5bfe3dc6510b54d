// Fuzz suite of impayes-core/testing (issue 18): builders and simulateDunning; see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('testing');
