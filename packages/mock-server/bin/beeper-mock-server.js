#!/usr/bin/env node
// The `beeper-mock-server` command. A checked-in file (not dist/server/bin.js directly) so the workspace can link the bin
// before the package is built; it runs the built entry point.
import "../dist/server/bin.js"
