// wijkplan/review over stdio: the open plan against an earlier text (the editor sends git's
// HEAD), counted by effect as `wijkplan diff` counts them, and the review page without script.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { reviewChanges } from '../../server/src/core/review/index';
import { ReviewRequest, type ReviewResult } from '../../server/src/protocol';
import { fileUri, LspClient, ROOT } from './client';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'review');
const BASE = readFileSync(join(FIXTURES, 'base.wijkplan.yaml'), 'utf8');
const WEAKENED = readFileSync(join(FIXTURES, 'weakened.wijkplan.yaml'), 'utf8');
const URI = fileUri(join(FIXTURES, 'weakened.wijkplan.yaml'));

describe('wijkplan/review: compare with the last commit', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'nl' });
    await client.open(URI, WEAKENED);
  });
  after(() => client.stop());

  it('counts the changes by effect, as the core change list does', async () => {
    const expected = reviewChanges(lint(BASE), lint(WEAKENED));
    const result = await client.request<ReviewResult>(ReviewRequest.method, { uri: URI, baseText: BASE, baseLabel: 'HEAD:plan.wijkplan.yaml' });
    assert.ok(result);
    assert.equal(result.weaker, expected.filter((c) => c.effect === 'weaker').length);
    assert.equal(result.accepted, expected.filter((c) => c.effect === 'weaker' && c.accepted).length);
    assert.equal(result.stronger, expected.filter((c) => c.effect === 'stronger').length);
    assert.equal(result.neutral, expected.filter((c) => c.effect === 'neutral').length);
    assert.ok(result.weaker > result.accepted && result.accepted > 0, 'the fixture has weaker changes, one accepted');
    assert.equal(result.page, undefined, 'no page unless asked');
  });

  it('renders the review page in the server language, naming the base, without script', async () => {
    const result = await client.request<ReviewResult>(ReviewRequest.method, { uri: URI, baseText: BASE, baseLabel: 'HEAD:plan.wijkplan.yaml', page: true });
    assert.ok(result?.page);
    assert.equal(result.lang, 'nl');
    assert.match(result.page, /<html lang="nl">/);
    assert.match(result.page, /HEAD:plan\.wijkplan\.yaml/);
    assert.doesNotMatch(result.page, /<script/i);
  });

  it('the same text is no change; a plan that is not open is null', async () => {
    const same = await client.request<ReviewResult>(ReviewRequest.method, { uri: URI, baseText: WEAKENED, baseLabel: 'HEAD' });
    assert.deepEqual([same?.weaker, same?.stronger, same?.neutral], [0, 0, 0]);
    assert.equal(await client.request(ReviewRequest.method, { uri: 'file:///niet-open.wijkplan.yaml', baseText: BASE, baseLabel: 'HEAD' }), null);
  });
});
