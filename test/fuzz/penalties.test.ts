// Fuzz suite of the penalties module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('penalties');
