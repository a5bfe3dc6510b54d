// Fuzz suite of the terms module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('terms');
