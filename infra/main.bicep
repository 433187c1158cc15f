// Keycard in one resource group: Function App (Flex Consumption, Node 22) with a user-assigned
// identity, storage with the queues, Cosmos DB (serverless), Communication Services email, Key Vault
// and Application Insights. No keys or passwords anywhere: every connection is Entra ID.
// Deploy with infra/deploy.sh (see docs/deploy.md).
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(16)
@description('Short name of this environment (dev, prod, ...): part of every resource name; a-z, 0-9 and "-" (deploy.sh checks).')
param environmentName string

@minLength(13)
@maxLength(13)
@description('13 characters of a-z and 0-9 that end every resource name. deploy.sh passes the first 13 hex digits of sha256("<subscription id>/<resource group>/<environment>"), so it can name the Key Vault exactly before any deployment; the default is for a deployment made without deploy.sh.')
param resourceToken string = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))

@description('Azure region of the resources (one where Flex Consumption is offered).')
param location string = resourceGroup().location

@description('Where Communication Services keeps its data at rest (a geography: Europe, United States, ...).')
param emailDataLocation string = 'Europe'

@description('Object id of the deploying user, given the same data roles (empty: none). deploy.sh passes the signed-in user.')
param deployerPrincipalId string = ''

@description('User for a person, ServicePrincipal for a pipeline.')
@allowed(['User', 'ServicePrincipal'])
param deployerPrincipalType string = 'User'

@secure()
@description('Generated on each deployment; written to Key Vault only when OPERATOR-TOKEN does not exist there yet.')
param operatorToken string = '${newGuid()}${newGuid()}'

@secure()
@description('Generated on each deployment; written to Key Vault only when KEY-PEPPER does not exist there yet (it must never change).')
param keyPepper string = '${newGuid()}${newGuid()}'

@description('Key Vault purge protection: a deleted vault (and KEY-PEPPER, without which no stored key or token is found again) cannot be purged before its 90 days. Irreversible once on. Default: on for the environment named prod, off elsewhere.')
param enablePurgeProtection bool?

@description('A custom email domain (e.g. mail.contoso.com) to create on the Email service for production. Its DNS records must be added and verified before it can send (see docs/deploy.md); until useCustomEmailDomain is true the Azure-managed domain sends.')
param customEmailDomain string = ''

@description('Send from customEmailDomain (DoNotReply@<domain>). Set only once that domain is verified: an unverified domain cannot be linked.')
param useCustomEmailDomain bool = false

@description('COSMOS_DATABASE.')
param cosmosDatabase string = 'keycard'

@description('NOTIFICATIONS_QUEUE (its poison queue is "<name>-poison").')
param notificationsQueue string = 'notifications'

@description('WEBHOOKS_QUEUE (its poison queue is "<name>-poison").')
param webhooksQueue string = 'webhooks'

@description('REDEMPTION_TTL_MINUTES.')
param redemptionTtlMinutes int = 60

@description('FAILED_KEY_ATTEMPTS_LIMIT.')
param failedKeyAttemptsLimit int = 20

@description('FAILED_KEY_ATTEMPTS_WINDOW_MINUTES.')
param failedKeyAttemptsWindowMinutes int = 10

@description('GRACE_DAYS.')
param graceDays int = 30

@description('RETENTION_DAYS.')
param retentionDays int = 120

@description('NOTICE_DAYS.')
param noticeDays string = '60,30,7,1'

var token = resourceToken
var tags = { 'azd-env-name': environmentName, app: 'keycard' }
var deploymentContainerName = 'app-package-${take(token, 8)}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: 'id-keycard-${environmentName}-${token}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-keycard-${environmentName}-${token}'
    appInsightsName: 'appi-keycard-${environmentName}-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('stkc${token}', 24)
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    notificationsQueueName: notificationsQueue
    webhooksQueueName: webhooksQueue
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: 'cosmos-keycard-${token}'
    location: location
    tags: tags
    databaseName: cosmosDatabase
  }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: {
    communicationName: 'acs-keycard-${token}'
    emailServiceName: 'ecs-keycard-${token}'
    dataLocation: emailDataLocation
    tags: tags
    customDomain: customEmailDomain
    useCustomDomain: useCustomEmailDomain
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-kc-${token}', 24)
    location: location
    tags: tags
    operatorToken: operatorToken
    keyPepper: keyPepper
    purgeProtection: enablePurgeProtection ?? environmentName == 'prod'
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
    storageAccountName: storage.outputs.name
    cosmosAccountName: cosmos.outputs.accountName
    keyVaultName: keyVault.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    communicationName: communication.outputs.name
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'func-keycard-${environmentName}-${token}'
    planName: 'plan-keycard-${environmentName}-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmosDatabase
    acsEndpoint: communication.outputs.endpoint
    emailSender: communication.outputs.senderAddress
    keyVaultName: keyVault.outputs.name
    notificationsQueue: notificationsQueue
    webhooksQueue: webhooksQueue
    redemptionTtlMinutes: redemptionTtlMinutes
    failedKeyAttemptsLimit: failedKeyAttemptsLimit
    failedKeyAttemptsWindowMinutes: failedKeyAttemptsWindowMinutes
    graceDays: graceDays
    retentionDays: retentionDays
    noticeDays: noticeDays
  }
  // The app starts reading its secrets, queues and database as soon as it exists.
  dependsOn: [roles]
}

@description('Name of the Function App (for az functionapp commands).')
output functionAppName string = functionApp.outputs.name

@description('Base URL of the API.')
output apiBaseUrl string = '${functionApp.outputs.url}/api/v1'

@description('Function App URL.')
output functionAppUrl string = functionApp.outputs.url

@description('Cosmos DB endpoint.')
output cosmosEndpoint string = cosmos.outputs.endpoint

@description('Key Vault holding OPERATOR-TOKEN and KEY-PEPPER.')
output keyVaultName string = keyVault.outputs.name

@description('Sender address of the emails.')
output emailSender string = communication.outputs.senderAddress

@description('DNS records that verify customEmailDomain (empty without one): add them, then verify the domain (docs/deploy.md).')
output customEmailDomainVerificationRecords object = communication.outputs.customDomainVerificationRecords
