// Fuzz suite of the parties module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('parties');
