// Key Vault for the two secrets of the app, read through Key Vault references in app settings with the
// app's identity (Key Vault Secrets User). RBAC only: no access policies.

@description('Name of the Key Vault (3-24 characters).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Write the secrets below. Only on the first deployment: KEY_PEPPER must never change, or no stored key or token can be found again (deploy.sh decides).')
param writeSecrets bool

@secure()
@description('OPERATOR_TOKEN: the bearer token of the operator.')
param operatorToken string

@secure()
@description('KEY_PEPPER: the HMAC key under which product keys and tokens are stored.')
param keyPepper string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    // Soft delete keeps a deleted vault 90 days for recovery. No purge protection: after a tear-down
    // (which deletes the data the pepper protects too) `az keyvault purge` frees the name for a redeploy.
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

// Secret names allow no underscore: OPERATOR-TOKEN holds OPERATOR_TOKEN, KEY-PEPPER holds KEY_PEPPER.
resource operatorTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (writeSecrets) {
  parent: vault
  name: 'OPERATOR-TOKEN'
  properties: { value: operatorToken, contentType: 'text/plain' }
}

resource keyPepperSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (writeSecrets) {
  parent: vault
  name: 'KEY-PEPPER'
  properties: { value: keyPepper, contentType: 'text/plain' }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
