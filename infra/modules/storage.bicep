// The storage account of the Functions host (AzureWebJobsStorage), the Flex Consumption deployment
// container and the app's queues. Shared-key access is off: only Entra identities get in.

@description('Name of the storage account (3-24 lowercase letters and digits).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('The notifications queue (NOTIFICATIONS_QUEUE); its poison queue is "<name>-poison".')
param notificationsQueueName string

@description('The webhooks queue (WEBHOOKS_QUEUE); its poison queue is "<name>-poison".')
param webhooksQueueName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }

  resource blobService 'blobServices' = {
    name: 'default'

    resource deployment 'containers' = {
      name: deploymentContainerName
      properties: { publicAccess: 'None' }
    }
  }

  resource queueService 'queueServices' = {
    name: 'default'

    resource notifications 'queues' = {
      name: notificationsQueueName
    }

    // Where the Functions host moves a message after its fifth failed delivery (host.json maxDequeueCount).
    resource notificationsPoison 'queues' = {
      name: '${notificationsQueueName}-poison'
    }

    resource webhooks 'queues' = {
      name: webhooksQueueName
    }

    resource webhooksPoison 'queues' = {
      name: '${webhooksQueueName}-poison'
    }
  }
}

output id string = storage.id
output name string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
