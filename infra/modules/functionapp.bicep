// The Function App on the Flex Consumption plan (FC1: billed per execution, scales to zero), Node 22,
// running as the user-assigned identity. Every connection is an endpoint plus that identity; the two
// secrets are Key Vault references. The app settings below are the ones shared/config.ts reads, with
// the same names as local.settings.sample.json (test/unit/infra.test.ts keeps the three in step).

@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Name of the storage account (AzureWebJobsStorage and the deployment container).')
param storageAccountName string

@description('Blob container the plan deploys the app package from.')
param deploymentContainerName string

@description('Application Insights connection string (it holds no key: ingestion is Entra-only).')
param appInsightsConnectionString string

@description('Cosmos DB account endpoint.')
param cosmosEndpoint string

@description('Cosmos DB database name.')
param cosmosDatabase string

@description('Communication Services endpoint.')
param acsEndpoint string

@description('Sender address of every email (a sender on a domain linked to Communication Services).')
param emailSender string

@description('Name of the Key Vault holding OPERATOR-TOKEN and KEY-PEPPER.')
param keyVaultName string

@description('Queue of notification-send.')
param notificationsQueue string

@description('Queue of webhook-deliver.')
param webhooksQueue string

@description('REDEMPTION_TTL_MINUTES: an idle redemption expires after this.')
param redemptionTtlMinutes int

@description('FAILED_KEY_ATTEMPTS_LIMIT: failed key look-ups allowed per partner per window.')
param failedKeyAttemptsLimit int

@description('FAILED_KEY_ATTEMPTS_WINDOW_MINUTES: the window of that limit.')
param failedKeyAttemptsWindowMinutes int

@description('GRACE_DAYS: full use after expiry.')
param graceDays int

@description('RETENTION_DAYS: data kept after expiry, then deleted.')
param retentionDays int

@description('NOTICE_DAYS: renewal notices, days before expiry, comma-separated.')
param noticeDays string

@description('Most instances the plan may scale out to.')
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB (2048 or 4096).')
@allowed([2048, 4096])
param instanceMemoryMB int = 2048

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

var keyVaultReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    // Flex Consumption has no FTP and refuses ftpsState, alwaysOn, linuxFxVersion and other site
    // properties with ARM error 51021 (test/unit/infra.test.ts lists them, with the sources).
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: { name: 'node', version: '22' }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // The Functions host's own: its storage and telemetry, through the identity.
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'

      // The app's (shared/config.ts).
      AZURE_CLIENT_ID: identityClientId
      OPERATOR_TOKEN: '${keyVaultReference}OPERATOR-TOKEN)'
      KEY_PEPPER: '${keyVaultReference}KEY-PEPPER)'
      COSMOS_ENDPOINT: cosmosEndpoint
      COSMOS_DATABASE: cosmosDatabase
      NOTIFICATIONS_QUEUE: notificationsQueue
      WEBHOOKS_QUEUE: webhooksQueue
      ACS_ENDPOINT: acsEndpoint
      EMAIL_SENDER: emailSender
      PUBLIC_BASE_URL: 'https://${app.properties.defaultHostName}'
      REDEMPTION_TTL_MINUTES: string(redemptionTtlMinutes)
      FAILED_KEY_ATTEMPTS_LIMIT: string(failedKeyAttemptsLimit)
      FAILED_KEY_ATTEMPTS_WINDOW_MINUTES: string(failedKeyAttemptsWindowMinutes)
      GRACE_DAYS: string(graceDays)
      RETENTION_DAYS: string(retentionDays)
      NOTICE_DAYS: noticeDays
    }
  }
}

output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
