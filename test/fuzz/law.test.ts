// Fuzz suite of the law module (issue 12, issue 13); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('law');
