// Prints Playwright's JSON result as one closing line that CI can read ("N passed, N failed"),
// and exits non-zero on any failure or when no test ran.
import { readFileSync } from 'node:fs';

let stats;
try {
  stats = JSON.parse(readFileSync(process.argv[2], 'utf8')).stats;
} catch (e) {
  console.error(`e2e: could not read Playwright results (${e.message})`);
  process.exit(1);
}
const passed = stats.expected + stats.flaky;
const failed = stats.unexpected;
console.log(`e2e: ${passed} passed, ${failed} failed, ${stats.skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
