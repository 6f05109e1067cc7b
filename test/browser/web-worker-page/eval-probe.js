// A worker served with the same Content-Security-Policy as /server.js: it tries eval and
// new Function and reports what happened, so the test knows the policy really applies to
// workers (otherwise "the server works under this CSP" would prove nothing).
'use strict';
const seen = [];
self.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
function attempt(run) {
  try {
    run();
    return 'allowed';
  } catch (error) {
    return error && error.name ? error.name : String(error);
  }
}
const evalResult = attempt(() => (0, eval)('1 + 1'));
const functionResult = attempt(() => new Function('return 1')());
// Violation events are dispatched asynchronously.
setTimeout(() => self.postMessage({ eval: evalResult, newFunction: functionResult, violations: seen }), 50);
