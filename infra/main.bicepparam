using './main.bicep'

// The values deploy.sh does not pass. Override any with --parameters name=value.
param environmentName = readEnvironmentVariable('KEYCARD_ENV', 'dev')
param emailDataLocation = 'Europe'
param cosmosDatabase = 'keycard'
param notificationsQueue = 'notifications'
param redemptionTtlMinutes = 60
param failedKeyAttemptsLimit = 20
param failedKeyAttemptsWindowMinutes = 10
param graceDays = 30
param retentionDays = 120
param noticeDays = '60,30,7,1'
