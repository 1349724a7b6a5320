// `npm run bench:scaling [clauses] [kilobytes]`: the scaling part of the benchmark (bench/scaling.ts) on its own, at
// the full run's base size unless given; it prints the rows and leaves bench/results.md alone. Not part of npm test.
import { main } from './scaling.js';

main(process.argv.slice(2));
