// The app's user-assigned managed identity: every data-plane call (Cosmos DB, queues, blobs, email,
// Key Vault, Application Insights) is made as this identity; no keys anywhere.

@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
