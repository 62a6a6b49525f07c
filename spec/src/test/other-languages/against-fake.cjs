// Runs the TypeScript client generated from the spec against the standalone fake plex.tv
// (plexapi-testkit-VERSION-standalone.jar), every operation its default state (plus one server)
// can answer, and checks each answer. Usage:
//   node against-fake.cjs <compiled-client-dir> '<the fake's JSON line>'
'use strict';
const path = require('path');
const assert = require('assert');

const [clientDir, line] = process.argv.slice(2);
const client = require(path.resolve(clientDir, 'index.js'));
const fake = JSON.parse(line);

// plex.tv's own paths at the root; the other hosts under their own prefix, as the fake serves them
function config(host, token = fake.token) {
  return new client.Configuration({
    basePath: host ? `${fake.baseUrl}/${host}` : fake.baseUrl,
    apiKey: token ? () => token : undefined,
    headers: { 'X-Plex-Client-Identifier': fake.clientIdentifier, 'X-Plex-Product': 'ts-check' },
  });
}
const plexTv = config();
const api = (Api, host) => new Api(host ? config(host) : plexTv);

const checks = [
  ['signIn', async () => {
    const user = await new client.AuthenticationApi(config(null, null))
      .signIn({ login: fake.username, password: fake.password });
    assert.strictEqual(user.authToken, fake.token);
  }],
  ['getUser', async () => assert.strictEqual((await api(client.AccountApi).getUser()).username, fake.username)],
  ['ping', async () => assert.ok(await api(client.AccountApi).ping())],
  ['getPrivacy', async () => assert.ok(await api(client.AccountApi).getPrivacy())],
  ['updatePrivacy', async () => api(client.AccountApi).updatePrivacy({ optOutPlayback: 1, optOutLibraryStats: 0 })],
  ['getFeatures', async () => assert.ok(Array.isArray(await api(client.AccountApi).getFeatures()))],
  ['getResources', async () => {
    const resources = await api(client.ResourcesApi).getResources({ includeHttps: 1, includeRelay: 1 });
    assert.deepStrictEqual(resources.map((r) => r.name), fake.mediaServers.map((s) => s.name));
    assert.strictEqual(resources[0].connections.length, fake.mediaServers[0].ports.length);
  }],
  ['getDevices (XML)', async () => {
    const answer = await api(client.DevicesApi).getDevicesRaw();
    assert.match(await answer.raw.text(), /<MediaContainer/);
  }],
  ['createPin and getPin (clients.plex.tv)', async () => {
    const pins = api(client.AuthenticationApi, 'clients.plex.tv');
    const pin = await pins.createPin({ strong: true });
    assert.ok(pin.id > 0 && pin.code.length > 4);
    assert.strictEqual((await pins.getPin({ pinId: pin.id })).code, pin.code);
  }],
  ['createPin (plex.tv)', async () => assert.ok((await api(client.AuthenticationApi).createPin({})).id > 0)],
  ['getWebhooks, setWebhooks', async () => {
    const hooks = api(client.WebhooksApi);
    await hooks.setWebhooks({ urls: ['https://example.com/ts-hook'] });
    assert.deepStrictEqual((await hooks.getWebhooks()).map((w) => w.url), ['https://example.com/ts-hook']);
    await hooks.setWebhooks({ urls: [] });
  }],
  ['getFriends', async () => assert.deepStrictEqual(await api(client.FriendsApi).getFriends({}), [])],
  ['getHome', async () => assert.ok(await api(client.HomeApi).getHome())],
  ['getServerSections', async () => {
    const sections = await api(client.SharingApi)
      .getServerSections({ machineIdentifier: fake.mediaServers[0].machineIdentifier });
    assert.ok(sections);
  }],
  ['getClaimToken', async () => assert.ok((await api(client.ResourcesApi).getClaimToken()).token)],
  ['getUserState (metadata.provider.plex.tv)', async () => {
    const answer = await api(client.DiscoverApi, 'metadata.provider.plex.tv').getUserStateRaw({ ratingKey: 'dune' });
    assert.match(await answer.raw.text(), /<MediaContainer/);
  }],
  ['getVideoOnDemandHubs (vod.provider.plex.tv)', async () => {
    const answer = await api(client.DiscoverApi, 'vod.provider.plex.tv').getVideoOnDemandHubsRaw();
    assert.match(await answer.raw.text(), /<MediaContainer/);
  }],
  ['getSyncItems', async () => {
    assert.ok(await api(client.DevicesApi).getSyncItemsRaw({ clientIdentifier: fake.clientIdentifier }));
  }],
  ['searchDiscover (discover.provider.plex.tv)', async () => {
    assert.ok(await api(client.DiscoverApi, 'discover.provider.plex.tv').searchDiscover({ query: 'Dune' }));
  }],
  ['getMediaProviders', async () => assert.ok(await api(client.AccountApi).getMediaProviders())],
  ['signOut', async () => api(client.AuthenticationApi).signOut()],
];

(async () => {
  const failed = [];
  for (const [name, check] of checks) {
    try {
      await check();
    } catch (e) {
      const detail = e.response ? `HTTP ${e.response.status} ${await e.response.text()}` : e.message;
      failed.push(`${name}: ${detail}`);
    }
  }
  if (failed.length > 0) {
    console.error(`typescript client against the fake plex.tv: ${failed.length} of ${checks.length} failed`);
    failed.forEach((f) => console.error(`  ${f}`));
    process.exitCode = 1;
    return;
  }
  console.log(`typescript client against the fake plex.tv: ${checks.length} checks ok`);
})();
