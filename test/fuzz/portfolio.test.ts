// Fuzz suite of the portfolio module (issue 12); see harness.ts.
import { fuzzModule } from './harness.js';

fuzzModule('portfolio');
