// Azure Communication Services with an Email Communication Service. The Azure-managed domain
// (<random>.azurecomm.net, verified by Azure: no DNS to set up) is for trying Keycard out: it sends at
// most 5 emails a minute and 10 an hour per subscription, limits that cannot be raised ("Service limits
// for Azure Communication Services", Email). Production sends from a custom domain: its limits start
// at 30 a minute and 100 an hour and can be raised, and recipients see the partner's own domain.
// A custom domain is created here with customDomain, verified through DNS by its owner, then used
// (linked, and the sender address taken from it) with useCustomDomain.

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

@description('A custom domain to create (empty: none), e.g. mail.contoso.com.')
param customDomain string = ''

@description('Link the custom domain and send from it; only once its DNS records are verified.')
param useCustomDomain bool = false

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

resource ownDomain 'Microsoft.Communication/emailServices/domains@2023-04-01' = if (!empty(customDomain)) {
  parent: emailService
  name: empty(customDomain) ? 'none' : customDomain
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'CustomerManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource ownSender 'Microsoft.Communication/emailServices/domains/senderUsernames@2023-04-01' = if (!empty(customDomain)) {
  parent: ownDomain
  name: toLower(senderUsername)
  properties: { username: senderUsername, displayName: 'Keycard' }
}

var sendFromOwnDomain = useCustomDomain && !empty(customDomain)

resource communication 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: sendFromOwnDomain ? [emailService::managedDomain.id, ownDomain.id] : [emailService::managedDomain.id]
  }
}

output id string = communication.id
output name string = communication.name
output endpoint string = 'https://${communication.properties.hostName}/'
output senderAddress string = sendFromOwnDomain
  ? '${senderUsername}@${customDomain}'
  : '${senderUsername}@${emailService::managedDomain.properties.mailFromSenderDomain}'
output customDomainVerificationRecords object = empty(customDomain) ? {} : ownDomain!.properties.verificationRecords
