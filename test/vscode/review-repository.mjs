// Makes the test workspace a git repository for "Compare with the last commit": the last
// commit holds the base plan of the review fixtures as review.wijkplan.yaml, the working copy
// its weakened version (seven weaker changes not accepted, one accepted), as a writer would
// have it before committing. Used by both runners (code-server's Node and web extension hosts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function addReviewRepository(workspace, repo) {
  const fixtures = path.join(repo, 'test', 'fixtures', 'review');
  const plan = path.join(workspace, 'review.wijkplan.yaml');
  fs.copyFileSync(path.join(fixtures, 'base.wijkplan.yaml'), plan);
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=Wijkplan test', '-c', 'user.email=test@wijkplan.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: workspace, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  fs.copyFileSync(path.join(fixtures, 'weakened.wijkplan.yaml'), plan);
}
