// Fuzz suite of the errors module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('errors');
