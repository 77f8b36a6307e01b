'use strict';
// Drives Stormpath.Server with Stormpath's official Node.js SDK (npm `stormpath` 0.20.1), used unchanged.
// Run by NodeSdkTests.cs; by hand:
//   SDKFLOW_BASE_URL=http://127.0.0.1:9010/v1 SDKFLOW_API_KEY_ID=… SDKFLOW_API_KEY_SECRET=… \
//   SDKFLOW_APPLICATION_HREF=http://127.0.0.1:9010/v1/applications/… [SDKFLOW_SCHEME=BASIC] node sdk-flow.js
// SDKFLOW_SCHEME, when set, is passed as the client's `authenticationScheme`; unset leaves the SDK's default.
// (The variables are not named STORMPATH_* on purpose: the SDK reads every STORMPATH_* variable as configuration.)
// Prints one JSON line of results on success; on any unexpected outcome prints the reason to stderr and exits 1.
var stormpath = require('stormpath');
var crypto = require('crypto');

function required(name) {
  var value = process.env[name];
  if (!value) {
    fail(name + ' is not set');
  }
  return value;
}

function fail(message) {
  process.stderr.write('sdk-flow: ' + message + '\n');
  process.exit(1);
}

function describe(err) {
  return err && (err.status !== undefined ? 'HTTP ' + err.status + ', code ' + err.code + ': ' + err.developerMessage : String(err.stack || err));
}

// Calls an SDK method in the SDK's (err, result) callback style and returns a promise.
function call(target, method) {
  var args = Array.prototype.slice.call(arguments, 2);
  return new Promise(function (resolve, reject) {
    args.push(function (err, result) { return err ? reject(err) : resolve(result); });
    target[method].apply(target, args);
  });
}

function step(name, promise) {
  return promise.catch(function (err) { fail(name + ' failed: ' + describe(err)); });
}

function expect(condition, message) {
  if (!condition) {
    fail(message);
  }
}

function newClient(scheme) {
  // 0.20.1 reads the scheme from the top-level `authenticationScheme` option; without it the SDK uses Basic,
  // whatever its own config.yml's client.authenticationScheme says. (Its SAuthc1 signer is unfinished in
  // 0.20.1 and throws before sending anything, so Basic is what every Node SDK 0.20.1 user sends.)
  var options = {
    apiKey: new stormpath.ApiKey(required('SDKFLOW_API_KEY_ID'), required('SDKFLOW_API_KEY_SECRET')),
    baseUrl: required('SDKFLOW_BASE_URL'),
  };
  if (scheme) {
    options.authenticationScheme = scheme;
  }
  return new stormpath.Client(options);
}

async function main() {
  var scheme = process.env.SDKFLOW_SCHEME || null;
  var applicationHref = required('SDKFLOW_APPLICATION_HREF');
  var client = newClient(scheme);
  var results = { scheme: scheme };

  var tenant = await step('getCurrentTenant', call(client, 'getCurrentTenant'));
  results.authenticator = client._dataStore.requestExecutor.requestAuthenticator.constructor.name;
  results.tenantHref = tenant.href;

  var application = await step('getApplication', call(client, 'getApplication', applicationHref));
  results.applicationHref = application.href;
  results.applicationStatus = application.status;

  var email = 'sdk-' + crypto.randomBytes(6).toString('hex') + '@example.test';
  var password = 'Sdk-Passw0rd!';
  var account = await step('createAccount', call(application, 'createAccount', {
    givenName: 'Node',
    surname: 'Sdk',
    email: email,
    password: password,
    customData: { favoriteColor: 'blue' },
  }));
  expect(account.email === email, 'createAccount returned email ' + account.email + ', expected ' + email);
  expect(account.password === undefined, 'createAccount returned a password');
  results.accountHref = account.href;
  results.accountStatus = account.status;

  var authResult = await step('authenticateAccount (right password)',
    call(application, 'authenticateAccount', { username: email, password: password }));
  results.authenticatedAccountHref = authResult.account && authResult.account.href;
  var authAccount = await step('AuthenticationResult.getAccount', call(authResult, 'getAccount'));
  results.authenticatedAccountEmail = authAccount.email;

  var wrong = await call(application, 'authenticateAccount', { username: email, password: 'Wrong-Passw0rd!' })
    .then(function () { fail('authenticateAccount with a wrong password succeeded'); }, function (err) { return err; });
  expect(wrong instanceof Error && wrong.code !== undefined, 'wrong password gave no Stormpath error: ' + describe(wrong));
  results.wrongPasswordStatus = wrong.status;
  results.wrongPasswordCode = wrong.code;
  results.wrongPasswordMessage = wrong.userMessage;

  var customData = await step('getCustomData', call(account, 'getCustomData'));
  results.customDataRead = customData.favoriteColor;
  customData.favoriteColor = 'green';
  customData.luckyNumbers = [3, 7];
  await step('customData.save', call(customData, 'save'));
  // A second client has its own cache, so this read goes to the server.
  var fresh = newClient(scheme);
  var freshAccount = await step('getAccount (second client)', call(fresh, 'getAccount', account.href));
  var savedCustomData = await step('getCustomData (second client)', call(freshAccount, 'getCustomData'));
  results.customDataSaved = { favoriteColor: savedCustomData.favoriteColor, luckyNumbers: savedCustomData.luckyNumbers };

  var group = await step('createGroup', call(application, 'createGroup', { name: 'sdk-' + crypto.randomBytes(6).toString('hex') }));
  results.groupHref = group.href;
  var membership = await step('addToGroup', call(account, 'addToGroup', group));
  results.membershipHref = membership.href;
  var groups = await step('getGroups', call(account, 'getGroups'));
  var groupHrefs = [];
  await step('groups.each', new Promise(function (resolve, reject) {
    groups.each(function (g, next) { groupHrefs.push(g.href); next(); }, function (err) { return err ? reject(err) : resolve(); });
  }));
  results.accountGroupHrefs = groupHrefs;
  results.accountGroupsSize = groups.size;

  await step('account.delete', call(account, 'delete'));
  // A third client again, since the second one has the account cached.
  var gone = await call(newClient(scheme), 'getAccount', account.href)
    .then(function () { return null; }, function (err) { return err; });
  results.deletedAccountStatus = gone ? gone.status : 200;
  await step('group.delete', call(group, 'delete'));

  process.stdout.write(JSON.stringify(results) + '\n');
}

main().catch(function (err) { fail('unexpected error: ' + describe(err)); });
