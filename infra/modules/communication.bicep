// Azure Communication Services with an Email Communication Service and an Azure-managed domain
// (<random>.azurecomm.net, verified by Azure: no DNS to set up). A custom domain can be linked later.

@description('Name of the Communication Services resource.')
param communicationName string

@description('Name of the Email Communication Service.')
param emailServiceName string

@description('Where ACS keeps its data at rest (a geography, e.g. Europe, United States).')
param dataLocation string

@description('Tags for every resource.')
param tags object

@description('The local part of the sender address; DoNotReply exists on every Azure-managed domain.')
param senderUsername string = 'DoNotReply'

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: { dataLocation: dataLocation }

  resource managedDomain 'domains' = {
    name: 'AzureManagedDomain'
    location: 'global'
    tags: tags
    properties: {
      domainManagement: 'AzureManaged'
      userEngagementTracking: 'Disabled'
    }
  }
}

resource communication 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [emailService::managedDomain.id]
  }
}

output id string = communication.id
output name string = communication.name
output endpoint string = 'https://${communication.properties.hostName}/'
output senderAddress string = '${senderUsername}@${emailService::managedDomain.properties.mailFromSenderDomain}'
