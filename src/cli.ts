// Command line. PLACEHOLDER: owned by the CLI's author.
import { analyze } from './core';
process.stdout.write(JSON.stringify({ version: 1, documents: process.argv.slice(2).map((p) => ({ path: p, entities: analyze('').entities })) }) + '\n');
