import { listInputFiles } from '../../pipeline/ingest/list-input-files.ts';

// Prints what listInputFiles finds under the working directory, as JSON: the
// unreadable-folder test runs it as an unprivileged user when the suite runs as root.
const { files, problems } = await listInputFiles(['.'], process.cwd());
process.stdout.write(JSON.stringify({ files: files.map((f) => f.display), rules: problems.map((p) => (p.kind === 'problem' ? p.message.ruleId : '')) }));
