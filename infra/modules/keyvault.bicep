// Key Vault for the two secrets of the app, read through Key Vault references in app settings with the
// app's identity (Key Vault Secrets User). RBAC only: no access policies.

@description('Name of the Key Vault (3-24 characters).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@secure()
@description('OPERATOR_TOKEN: the bearer token of the operator.')
param operatorToken string

@secure()
@description('KEY_PEPPER: the HMAC key under which product keys and tokens are stored.')
param keyPepper string

@description('Purge protection: irreversible once on; keeps KEY-PEPPER recoverable for the whole soft-delete period.')
param purgeProtection bool

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    // Soft delete keeps a deleted vault 90 days for recovery. With purge protection (prod by default)
    // nobody can purge it sooner: losing KEY-PEPPER loses every stored key and token. Without it (dev)
    // `az keyvault purge` frees the name after a tear-down. ARM refuses false once it was true, so the
    // property is left out rather than set to false.
    softDeleteRetentionInDays: 90
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

// Secret names allow no underscore: OPERATOR-TOKEN holds OPERATOR_TOKEN, KEY-PEPPER holds KEY_PEPPER.
// @onlyIfNotExists (Bicep 0.38.3 and later): written by the first deployment, never overwritten by a
// later one, whatever deploy.sh believes. A new KEY_PEPPER would orphan every stored key and token.
@onlyIfNotExists()
resource operatorTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'OPERATOR-TOKEN'
  properties: { value: operatorToken, contentType: 'text/plain' }
}

@onlyIfNotExists()
resource keyPepperSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'KEY-PEPPER'
  properties: { value: keyPepper, contentType: 'text/plain' }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
