// Calls two operations of the generated TypeScript client against a stub on 127.0.0.1 and
// checks the request and the parsed answer. Usage: node smoke.cjs <compiled-client-dir> <fixtures-dir>
'use strict';
const http = require('http');
const path = require('path');
const fs = require('fs');
const assert = require('assert');

const [clientDir, fixtures] = process.argv.slice(2);
const client = require(path.resolve(clientDir, 'index.js'));
const seen = [];

const server = http.createServer((req, res) => {
  seen.push({ url: req.url, token: req.headers['x-plex-token'], id: req.headers['x-plex-client-identifier'] });
  const answers = {
    '/api/v2/user': 'api/v2/user/user_info_plexpass.json',
    '/api/v2/resources?includeHttps=1&includeRelay=1': 'api/v2/resources.json',
  };
  const file = answers[req.url];
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"errors":[{"code":1002,"message":"Not found","status":404}]}');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(fs.readFileSync(path.join(fixtures, file)));
});

server.listen(0, '127.0.0.1', async () => {
  const basePath = `http://127.0.0.1:${server.address().port}`;
  const config = new client.Configuration({
    basePath,
    apiKey: () => 'ts-token',
    headers: { 'X-Plex-Client-Identifier': 'ts-smoke' },
  });
  try {
    const user = await new client.AccountApi(config).getUser();
    assert.strictEqual(user.uuid, '212acf24b07315e5');
    assert.strictEqual(user.subscription.plan, 'lifetime');
    const resources = await new client.ResourcesApi(config).getResources({ includeHttps: 1, includeRelay: 1 });
    assert.strictEqual(resources[0].name, 'Box');
    assert.strictEqual(resources[0].connections.length, 4);
    assert.deepStrictEqual(seen.map((s) => [s.url, s.token, s.id]), [
      ['/api/v2/user', 'ts-token', 'ts-smoke'],
      ['/api/v2/resources?includeHttps=1&includeRelay=1', 'ts-token', 'ts-smoke'],
    ]);
    console.log('typescript client: getUser and getResources against a local stub: ok');
    server.close();
  } catch (e) {
    console.error('typescript client smoke test failed:', e);
    server.close();
    process.exitCode = 1;
  }
});
