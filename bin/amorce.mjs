#!/usr/bin/env node
// Runs the TypeScript command line directly, through tsx: no build step between the code and `npx amorce`.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
await main(process.argv);
